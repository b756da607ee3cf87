// Opens the App the way the CLI does: .env loaded, env validated, PGlite in ./.readout or PostgreSQL by URL.
import { existsSync } from 'node:fs';
import type { App } from '../app/app.js';
import { loadEnv, type Env } from '../config/env.js';
import { createLogger, type Logger } from '../log.js';

/** Loads `.env` from the working directory when present (Node ≥ 20.12 reads it natively). */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

export async function appFromEnv(opts: { quiet?: boolean } = {}): Promise<{ app: App; env: Env; log: Logger }> {
  loadDotEnv();
  const env = loadEnv();
  const log = createLogger({ level: opts.quiet ? 'warn' : env.READOUT_LOG_LEVEL, env });
  const { createApp } = await import('../app/create-app.js');
  const app = await createApp({
    dataDir: env.READOUT_DATA_DIR ?? '.readout',
    databaseUrl: env.DATABASE_URL,
    seed: true,
    log: (m) => log.info(m),
  });
  const { attachServices } = await import('./background.js');
  await attachServices(app, env);
  return { app, env, log };
}
