// One logger for the process: leveled, one line per event, secrets redacted before anything is written.
import { redactSecrets, type Env } from './config/env.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, extra?: unknown): void;
  info(msg: string, extra?: unknown): void;
  warn(msg: string, extra?: unknown): void;
  error(msg: string, extra?: unknown): void;
}

export function createLogger(opts: { level?: LogLevel; env?: Partial<Env>; write?: (line: string) => void } = {}): Logger {
  const min = order[opts.level ?? 'info'];
  const write = opts.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const emit = (level: LogLevel, msg: string, extra?: unknown) => {
    if (order[level] < min) return;
    let detail = '';
    if (extra instanceof Error) detail = ` ${extra.name}: ${extra.message}`;
    else if (extra !== undefined) {
      try {
        detail = ' ' + JSON.stringify(extra);
      } catch {
        detail = ' [unserialisable]';
      }
    }
    write(redactSecrets(`${new Date().toISOString()} ${level.toUpperCase()} ${msg}${detail}`, opts.env));
  };
  return {
    debug: (m, e) => emit('debug', m, e),
    info: (m, e) => emit('info', m, e),
    warn: (m, e) => emit('warn', m, e),
    error: (m, e) => emit('error', m, e),
  };
}
