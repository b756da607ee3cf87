// Bench: signed slash-command request sent → HTTP response received, through real Bolt and the real App.
import { fileURLToPath } from 'node:url';
import type { App } from '../src/app/app.js';
import { startSlack } from '../src/adapters/slack/start.js';
import { loadEnv } from '../src/config/env.js';
import { createLogger } from '../src/log.js';
import { FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET, postSignedCommand, slashCommandFields, startFakeSlack } from '../test/fakes/fake-slack.js';

export interface SlackBenchOptions {
  n?: number;
  /** Command lines to cycle through. */
  lines?: [command: string, text: string][];
  /** An App to use; default a seeded in-memory one. */
  app?: App;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function benchSlack(opts: SlackBenchOptions = {}): Promise<{ median: number; p99: number; n: number; inBody: number }> {
  const n = opts.n ?? 500;
  const lines = opts.lines ?? [['/who-called', 'Shoigu']];
  const fake = await startFakeSlack();
  const app = opts.app ?? (await (await import('../src/app/create-app.js')).createApp({ dataDir: 'memory://', seed: true }));
  const env = loadEnv({ SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_SIGNING_SECRET: FAKE_SIGNING_SECRET });
  const slack = await startSlack(app, env, { log: createLogger({ level: 'error' }), slackApiUrl: fake.apiUrl, port: 0, host: '127.0.0.1', retryConfig: { retries: 0 } });
  const url = `http://127.0.0.1:${slack.port}/slack/events`;
  const times: number[] = [];
  let inBody = 0;
  try {
    for (let i = -20; i < n; i++) {
      const [command, text] = lines[((i % lines.length) + lines.length) % lines.length]!;
      const fields = slashCommandFields(command, text, fake.responseUrl());
      const t0 = performance.now();
      const r = await postSignedCommand(url, fields);
      const ms = performance.now() - t0;
      if (r.status !== 200) throw new Error(`${command} ${text}: HTTP ${r.status}`);
      if (i < 0) continue; // warm-up
      times.push(ms);
      if (r.body?.blocks) inBody++;
    }
  } finally {
    await slack.stop();
    await fake.close();
    if (!opts.app) await app.close();
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p99: percentile(times, 99), n: times.length, inBody };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchSlack();
  console.log(`slack signed request → HTTP response: median ${r.median.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms over ${r.n} (${r.inBody} answered in the body)`);
}
