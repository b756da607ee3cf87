// Background work of a running bot: digest and feed schedulers. Wired once the schedulers exist.
import type { App } from '../app/app.js';
import type { Env } from '../config/env.js';
import type { Poster } from '../core/delivery.js';
import type { Logger } from '../log.js';

export async function startBackground(
  _app: App,
  _env: Env,
  _posters: Partial<Record<'discord' | 'slack', Poster>>,
  _log: Logger,
): Promise<() => Promise<void>> {
  return async () => undefined;
}
