import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { resolveDataDir } from '../../app/data-dir';
import { createCore } from '../../app/core';
import { startHttpHost } from '../../transport/http-host';
import { action, CliUserError } from '../run';
import { rendererDir } from '../../app/paths';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Browser mode: serve the app on 127.0.0.1 with a random access token in the URL.')
    .option('--port <n>', 'port to listen on (0 or none: a free port)', '0')
    .option('--data-dir <dir>', 'data folder')
    .action(
      action(async (opts: { port: string; dataDir?: string }) => {
        const port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliUserError(`--port "${opts.port}" is not a port number (0–65535).`);
        const staticDir = rendererDir();
        if (!existsSync(staticDir)) throw new CliUserError('The renderer is not built yet; run "npm run build" first.');
        const core = createCore({ dataDir: resolveDataDir(opts.dataDir), host: 'browser', backgroundJobs: true });
        let host;
        try {
          host = await startHttpHost({ dispatch: core.dispatch, staticDir, port });
        } catch (err) {
          core.stop();
          throw new CliUserError(`Cannot listen on 127.0.0.1:${port} (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
        }
        process.stdout.write(`DPO Workbench is running at ${host.url}\n`);
        const shutdown = () => {
          core.stop();
          core.session.lock();
          void host.close().then(() => process.exit(0));
        };
        process.on('SIGINT', shutdown);
        process.on('SIGTERM', shutdown);
      }),
    );
}
