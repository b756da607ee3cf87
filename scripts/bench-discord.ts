// Bench: INTERACTION_CREATE sent by a local fake Discord → interaction callback received, through real discord.js.
import { fileURLToPath } from 'node:url';
import type { App } from '../src/app/app.js';
import { startDiscord } from '../src/adapters/discord/start.js';
import { loadEnv } from '../src/config/env.js';
import { createLogger } from '../src/log.js';
import { startFakeDiscord } from '../test/fakes/fake-discord.js';
import { sendAutocomplete, sendCommand } from '../test/discord/payloads.js';

export interface DiscordBenchOptions {
  /** Synthetic articles ingested on top of the seed corpus (0 = seeds only). */
  articles?: number;
  n?: number;
  /** An App to use; default a seeded in-memory one. */
  app?: App;
}

type Step = { kind: 'command'; name: string; options: Record<string, string> } | { kind: 'autocomplete'; name: string; option: string; typed: string };

// What users do most: ask who called someone, type a name into autocomplete, ask for quotes.
const STEPS: Step[] = [
  { kind: 'command', name: 'who-called', options: { person: 'Shoigu' } },
  { kind: 'autocomplete', name: 'who-called', option: 'person', typed: 'shoi' },
  { kind: 'command', name: 'who-called', options: { person: 'Lloyd Austin' } },
  { kind: 'command', name: 'quotes', options: { person: 'Austin' } },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function benchDiscord(opts: DiscordBenchOptions = {}): Promise<{ median: number; p99: number; n: number }> {
  const n = opts.n ?? 500;
  const fake = await startFakeDiscord();
  const app = opts.app ?? (await (await import('../src/app/create-app.js')).createApp({ dataDir: 'memory://', seed: true }));
  if (!opts.app && opts.articles) {
    const { syntheticArticles } = await import('./synthetic-corpus.js');
    const { ingestArticles } = await import('../src/ingest/ingest.js');
    await ingestArticles(app.db, syntheticArticles(opts.articles, 42));
  }
  const env = loadEnv({ DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId });
  const discord = await startDiscord(app, env, { log: createLogger({ level: 'error' }), api: fake.api });
  const times: number[] = [];
  try {
    for (let i = -20; i < n; i++) {
      const step = STEPS[((i % STEPS.length) + STEPS.length) % STEPS.length]!;
      const t0 = performance.now();
      const ix = step.kind === 'command' ? sendCommand(fake, step.name, step.options) : sendAutocomplete(fake, step.name, { [step.option]: step.typed }, step.option);
      const callback = await fake.waitForCall((c) => c.path === `/interactions/${ix.id}/${ix.token}/callback`);
      // A deferred answer is finished by an edit; wait for it so the next interaction starts on a quiet bot.
      if (callback.body?.type === 5) await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(`/${ix.token}/`));
      if (i >= 0) times.push(callback.at - t0);
    }
  } finally {
    await discord.stop();
    await fake.close();
    if (!opts.app) await app.close();
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p99: percentile(times, 99), n: times.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const articles = Number(process.argv[2] ?? 0);
  const r = await benchDiscord({ articles });
  console.log(`discord INTERACTION_CREATE → callback (${articles}+5 articles): median ${r.median.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms over ${r.n}`);
}
