// Routes Bolt's own log lines through Readout's logger, so they share its level and its token redaction.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../log.js';

function line(parts: unknown[]): string {
  return parts
    .map((p) => {
      if (p instanceof Error) return `${p.name}: ${p.message}`;
      if (typeof p === 'string') return p;
      try {
        return JSON.stringify(p);
      } catch {
        return String(p);
      }
    })
    .join(' ');
}

export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  let name = 'bolt';
  return {
    debug: (...m: unknown[]) => log.debug(`slack(${name}): ${line(m)}`),
    info: (...m: unknown[]) => log.info(`slack(${name}): ${line(m)}`),
    warn: (...m: unknown[]) => log.warn(`slack(${name}): ${line(m)}`),
    error: (...m: unknown[]) => log.error(`slack(${name}): ${line(m)}`),
    setLevel: (l: LogLevel) => void (level = l),
    getLevel: () => level,
    setName: (n: string) => void (name = n),
  };
}
