// The one logger. It writes to stderr only (never a file), and callers pass operation names,
// codes and counts, never field values: personal data must not reach a log (DESIGN.md).
type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const env = (process.env.DPO_LOG_LEVEL ?? 'warn') as Level;
  return order[env] ?? order.warn;
}

function write(level: Level, message: string, fields?: Record<string, unknown>): void {
  if (order[level] < threshold()) return;
  const line = fields ? `${message} ${JSON.stringify(fields)}` : message;
  process.stderr.write(`[dpo ${level}] ${line}\n`);
}

export const logger = {
  debug: (m: string, f?: Record<string, unknown>) => write('debug', m, f),
  info: (m: string, f?: Record<string, unknown>) => write('info', m, f),
  warn: (m: string, f?: Record<string, unknown>) => write('warn', m, f),
  error: (m: string, f?: Record<string, unknown>) => write('error', m, f),
};
