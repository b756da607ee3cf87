// Child of `npm run bench`: opens an existing store, times 1,000 `ask` calls, reports the process's memory, then
// times the Discord and Slack adapters answering from that same store (issues 4 and 5 ask for both corpus sizes).
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app/create-app.js';
import { ask } from '../src/cli/ask.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: bench-ask.ts <data dir>');
const fmt = (n: number, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d });
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const app = await createApp({ dataDir: dir, seed: false });
const people = (await app.knowledge.personNames('local')).slice(0, 200);
const lines = [
  ...people.map((p) => `/who-called ${p.name.split(' ').at(-1)}`),
  ...people.map((p) => `/quotes ${p.name}`),
  '/who-called Shoigu',
  '/quotes Blinken',
  '/story',
  '/stories',
  '/search ceasefire talks',
];
for (let i = 0; i < 50; i++) await ask(app, lines[i % lines.length]!); // warm-up
const times: number[] = [];
for (let i = 0; i < 1000; i++) {
  const t = performance.now();
  await ask(app, lines[(i * 7) % lines.length]!);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`ask on the stored corpus: median ${fmt(percentile(times, 50), 2)} ms, p99 ${fmt(percentile(times, 99), 2)} ms over ${times.length} queries (target p99 ≤ 20 ms)`);
console.log(`RSS of a process serving it: ${fmt(process.memoryUsage().rss / 2 ** 20, 0)} MB (target ≤ 500 MB)`);

const { benchDiscord } = await import('./bench-discord.js');
const d = await benchDiscord({ app });
console.log(`discord INTERACTION_CREATE → callback (20,000 articles): median ${fmt(d.median, 2)} ms, p99 ${fmt(d.p99, 2)} ms over ${d.n} (target p99 ≤ 50 ms)`);
const { benchSlack } = await import('./bench-slack.js');
const s = await benchSlack({ app });
console.log(`slack signed request → HTTP response (20,000 articles): median ${fmt(s.median, 2)} ms, p99 ${fmt(s.p99, 2)} ms over ${s.n} (target p99 ≤ 50 ms)`);
await app.close();
