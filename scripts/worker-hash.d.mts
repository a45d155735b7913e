export declare const IMPORT_WORKER_BUNDLE: string;
export declare const PURGE_WORKER_BUNDLE: string;
export declare const REPORT_WORKER_BUNDLE: string;
export declare const WORKERS: readonly { source: string; bundle: string; define: string }[];
export declare function importWorkerHashDefine(file?: string): Record<string, string>;
export declare function workerHashDefines(): Record<string, string>;
