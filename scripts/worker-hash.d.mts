export declare const IMPORT_WORKER_BUNDLE: string;
export declare function importWorkerHashDefine(file?: string): Record<string, string>;
export declare const REPORT_WORKER_BUNDLE: string;
export declare function reportWorkerHashDefine(file?: string): Record<string, string>;
