// `npm run bench:digests`: 1,000 subscriptions over 30 simulated days on 3 replicas with random kills and restarts
// and 1% transient send failures; prints sent, duplicates, lost and late against an independent schedule oracle.
// Kills happen between sends, after claiming and before posting, and after posting and before recording `sent`;
// half of the transient failures are answers lost after the platform accepted the post. The fake channel behaves
// like the real posters with their idempotency key: on a retry (attempts > 1) it returns what an earlier attempt
// posted instead of posting again; a first attempt of a key already posted is counted as the duplicate it is.
// Options: --engine=postgres|pglite (default: PostgreSQL at DATABASE_URL/READOUT_TEST_DATABASE_URL when it answers),
// --subs=1000 --days=30 --seed=7 --fsync (keep synchronous_commit on) --no-coordinator (every live replica ticks
// every minute: the ledger alone decides).
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Answer } from '../src/core/answer.js';
import type { DeliveryResult, PostOptions, Poster } from '../src/core/delivery.js';
import type { DigestEvery } from '../src/core/digest/period.js';
import { formatInZone } from '../src/core/digest/time-zone.js';
import { createDigestRunner, type DigestRunner } from '../src/schedule/digest-runner.js';
import { createDigestService } from '../src/schedule/digest-service.js';
import { createRunCoordinator, type StoreRunCoordinator } from '../src/schedule/run-coordinator.js';
import { createPostgresKnowledge } from '../src/store/knowledge-store.js';
import { migrate } from '../src/store/migrate.js';
import { openDatabase } from '../src/store/open-database.js';
import type { SqlHandle } from '../src/store/sql.js';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const SUBS = Number(arg('subs', '1000'));
const DAYS = Number(arg('days', '30'));
const COORDINATED = !process.argv.includes('--no-coordinator');
const PG_URL = process.env.DATABASE_URL ?? process.env.READOUT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const MIN = 60_000;
const START = Date.parse('2024-03-05T00:00:00Z'); // the window holds New York's (10 Mar) and Berlin's (31 Mar) spring changes
const END = START + DAYS * 86_400_000;
const CUTOFF = END - 60 * MIN; // slots in the last hour may still be in flight: not counted
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC', 'Asia/Kolkata', 'Australia/Sydney', 'America/Los_Angeles', 'America/Sao_Paulo'];

// mulberry32: a seeded generator, so a run can be repeated.
let seed = Number(arg('seed', '7')) >>> 0;
const rng = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;

/**
 * PostgreSQL: a temporary database with three pg pools (three replicas). Unless --fsync is given, that database
 * runs with synchronous_commit=off: the simulation kills replicas, never the database server, so waiting for the
 * disk on each of ~60,000 commits only adds time (93 s → 127 s on a busy 2-core machine).
 */
async function openReplicas(): Promise<{ engine: string; dbs: SqlHandle[]; close(): Promise<void> }> {
  const wanted = arg('engine', 'auto');
  if (wanted !== 'pglite') {
    const name = `bench_digests_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
    admin.on('error', () => undefined);
    try {
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const fsync = process.argv.includes('--fsync');
      if (!fsync) await admin.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
      const url = new URL(PG_URL);
      url.pathname = `/${name}`;
      const dbs: SqlHandle[] = [];
      for (let i = 0; i < 3; i++) dbs.push(await openDatabase({ databaseUrl: url.toString() }));
      await migrate(dbs[0]!);
      const close = async () => {
        await Promise.all(dbs.map((d) => d.close()));
        await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
        await admin.end();
      };
      return { engine: `PostgreSQL (3 pg pools on temporary database ${name}, synchronous_commit ${fsync ? 'on' : 'off'})`, dbs, close };
    } catch (err) {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined);
      await admin.end().catch(() => undefined);
      if (wanted === 'postgres') throw err;
      console.error(`PostgreSQL unavailable (${(err as Error).message}); using PGlite`);
    }
  }
  const db = await openDatabase({ dataDir: 'memory://' });
  await migrate(db);
  return { engine: 'PGlite (3 replicas sharing one in-process database)', dbs: [db, db, db], close: () => db.close() };
}

interface Sub { channel: string; zone: string; time: string; every: DigestEvery }
interface Post { channel: string; title: string; at: number }

/** The oracle: for each zone, every minute's wall clock read with Intl, first occurrence per local date. */
function expectedSlots(subs: Sub[]): Map<string, number> {
  const byZone = new Map<string, Map<string, { date: string; weekday: string; at: number }[]>>();
  for (const zone of ZONES) {
    const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short' });
    const table = new Map<string, { date: string; weekday: string; at: number }[]>();
    const seen = new Set<string>();
    for (let t = START + MIN; t <= CUTOFF; t += MIN) {
      const p = Object.fromEntries(f.formatToParts(t).map((x) => [x.type, x.value]));
      const hm = `${p.hour}:${p.minute}`;
      const date = `${p.year}-${p.month}-${p.day}`;
      if (seen.has(`${hm}|${date}`)) continue; // clocks fell back: the first one only
      seen.add(`${hm}|${date}`);
      (table.get(hm) ?? table.set(hm, []).get(hm)!).push({ date, weekday: p.weekday!, at: t });
    }
    byZone.set(zone, table);
  }
  const expected = new Map<string, number>(); // "channel|title" → scheduled instant
  for (const s of subs) {
    for (const slot of byZone.get(s.zone)!.get(s.time) ?? []) {
      const weekend = slot.weekday === 'Sat' || slot.weekday === 'Sun';
      if ((s.every === 'weekday' && weekend) || (s.every === 'week' && slot.weekday !== 'Mon')) continue;
      const kind = s.every === 'week' ? 'Weekly digest' : 'Daily digest';
      expected.set(`${s.channel}|${kind} — ${formatInZone(new Date(slot.at), s.zone, false)}`, slot.at);
    }
  }
  return expected;
}

interface Replica {
  n: number;
  db: SqlHandle;
  runner: DigestRunner;
  coordinator: StoreRunCoordinator;
  alive: boolean;
  downUntil: number;
  /** The next post kills this replica: before the message leaves, or after the platform accepted it. */
  dieOnPost: false | 'before' | 'after';
  died: Promise<void>;
  die: () => void;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const { engine, dbs, close } = await openReplicas();
  let now = START;
  const posts: Post[] = [];
  const stats = { idleKills: 0, midSendKills: 0, afterPostKills: 0, postedThenKilled: 0, restarts: 0, transient: 0, lostAnswers: 0, recovered: 0, ticks: 0, steps: 0 };
  /** What the "platform" holds per idempotency key: the message ids posted under it. */
  const byKey = new Map<string, string[]>();

  const subs: Sub[] = Array.from({ length: SUBS }, (_, i) => ({
    channel: `ch${i}`,
    zone: pick(ZONES),
    // Quarter hours, never 02:xx: the spring gap has its own unit tests; here the oracle stays plain.
    time: `${String(pick([...Array(24).keys()].filter((h) => h !== 2))).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`,
    every: rng() < 0.7 ? 'day' : rng() < 0.67 ? 'weekday' : 'week',
  }));
  const service = createDigestService(dbs[0]!, createPostgresKnowledge(dbs[0]!));
  for (const s of subs) {
    await service.subscribe({ platform: rng() < 0.5 ? 'discord' : 'slack', tenant: 'bench', channelId: s.channel, creator: 'u', about: '', time: s.time, timezone: s.zone, every: s.every, skipEmpty: false }, new Date(START));
  }

  function boot(n: number, db: SqlHandle): Replica {
    let die!: () => void;
    const died = new Promise<void>((resolve) => (die = resolve));
    const r = { n, db, alive: true, downUntil: 0, dieOnPost: false, died, die } as Replica;
    const post = async (channel: string, answer: Answer, idem?: PostOptions): Promise<DeliveryResult> => {
      if (r.dieOnPost === 'before') {
        r.die(); // killed after claiming, before the message left: this send never happens
        return new Promise<DeliveryResult>(() => undefined);
      }
      // A retry looks first, as the real posters do (Discord: footer among the last 50 messages; Slack: metadata).
      const earlier = idem ? byKey.get(idem.key) : undefined;
      if (idem?.retry && earlier) {
        stats.recovered++;
        return { ok: true, messageIds: earlier, alreadyPosted: earlier.length };
      }
      const transient = rng() < 0.01;
      if (transient && rng() < 0.5) {
        stats.transient++;
        return { ok: false, permanent: false, reason: 'simulated 503' };
      }
      posts.push({ channel, title: answer.title, at: now });
      const ids = [`m${posts.length}`];
      if (idem) byKey.set(idem.key, ids);
      if (r.dieOnPost === 'after') {
        stats.postedThenKilled++; // every send in flight on this replica gets this far, then dies with it
        r.die(); // killed after the platform accepted the post, before the ledger heard of it
        return new Promise<DeliveryResult>(() => undefined);
      }
      if (transient) {
        stats.transient++;
        stats.lostAnswers++; // posted, but the answer never came back
        return { ok: false, permanent: false, reason: 'simulated 500 after the post was accepted' };
      }
      return { ok: true, messageIds: ids };
    };
    const posters: Record<'discord' | 'slack', Poster> = { discord: { platform: 'discord', post }, slack: { platform: 'slack', post } };
    r.runner = createDigestRunner({ db, knowledge: createPostgresKnowledge(db), posters, log: { info() {}, warn() {}, error: (m, e) => console.error(m, e) }, catchupHours: 6, clock: () => new Date(now) });
    r.coordinator = createRunCoordinator(db, { owner: r.runner.owner, clock: () => new Date(now) });
    void died.then(() => kill(r, true));
    return r;
  }
  function kill(r: Replica, midSend: boolean): void {
    if (!r.alive) return;
    r.alive = false;
    r.runner.stop();
    r.downUntil = now + MIN * Math.ceil(1 + rng() * 180); // back after 1 minute to 3 hours
    if (!midSend) stats.idleKills++;
    else if (r.dieOnPost === 'after') stats.afterPostKills++;
    else stats.midSendKills++;
  }
  let replicas = dbs.map((db, n) => boot(n, db));

  async function nextEvent(): Promise<number> {
    const r = await dbs[0]!.query<{ t: Date | null }>(
      `SELECT least((SELECT min(next_due_at) FROM digest_subscriptions WHERE NOT paused),
                    (SELECT min(CASE state WHEN 'due' THEN scheduled_at WHEN 'claimed' THEN lease_until ELSE retry_at END)
                     FROM digest_deliveries WHERE state IN ('due', 'claimed') OR (state = 'failed' AND retry_at IS NOT NULL))) AS t`,
    );
    const dbNext = r.rows[0]?.t ? new Date(r.rows[0].t).getTime() : END;
    const anyAlive = replicas.some((x) => x.alive);
    const wake = Math.min(...replicas.filter((x) => !x.alive).map((x) => x.downUntil), END);
    const t = anyAlive ? Math.min(dbNext, wake) : wake;
    return Math.max(now + MIN, Math.ceil(t / MIN) * MIN);
  }

  while (now < END) {
    stats.steps++;
    replicas = replicas.map((r) => (!r.alive && r.downUntil <= now ? (stats.restarts++, boot(r.n, r.db)) : r));
    for (const r of replicas) {
      if (!r.alive || now > END - 12 * 3_600_000 || rng() >= 0.004) continue;
      const u = rng();
      if (u < 0.5) kill(r, false);
      else r.dieOnPost = u < 0.75 ? 'before' : 'after';
    }
    const alive = replicas.filter((r) => r.alive);
    let runners = alive;
    if (COORDINATED && alive.length) {
      const key = `readout-digests:${new Date(now).toISOString()}`;
      const votes = await Promise.all(alive.map((r) => r.coordinator.shouldRun(key, 10 * MIN)));
      runners = alive.filter((_, i) => votes[i]);
    }
    await Promise.all(runners.map(async (r) => {
      stats.ticks++;
      await Promise.race([r.runner.tick(new Date(now)), r.died]);
      if (r.alive && COORDINATED) await r.coordinator.onComplete(`readout-digests:${new Date(now).toISOString()}`);
    }));
    now = await nextEvent();
  }

  const expected = expectedSlots(subs);
  const counts = new Map<string, number>();
  const firstAt = new Map<string, number>();
  for (const p of posts) {
    const key = `${p.channel}|${p.title}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (!firstAt.has(key)) firstAt.set(key, p.at);
  }
  const ledger = await dbs[0]!.query<{ channel_id: string; scheduled_at: Date; state: string; late: boolean; attempts: number; reason: string | null }>(
    `SELECT s.channel_id, d.scheduled_at, d.state, d.late, d.attempts, d.reason FROM digest_deliveries d JOIN digest_subscriptions s ON s.id = d.subscription_id`,
  );
  const inWindow = ledger.rows.filter((d) => new Date(d.scheduled_at).getTime() <= CUTOFF);
  const skippedMissed = inWindow.filter((d) => d.state === 'skipped' && /DIGEST_CATCHUP_HOURS/.test(d.reason ?? '')).length;
  let sent = 0, lost = 0, duplicates = 0, unexpected = 0, maxDelay = 0;
  for (const [key, at] of expected) {
    const n = counts.get(key) ?? 0;
    if (n > 0) sent++;
    else lost++;
    if (n > 1) duplicates += n - 1;
    const first = firstAt.get(key);
    if (first !== undefined) maxDelay = Math.max(maxDelay, first - at);
  }
  for (const [key, n] of counts) if (!expected.has(key) && firstAt.get(key)! <= CUTOFF) unexpected += n;
  const late = inWindow.filter((d) => d.state === 'sent' && d.late).length;
  const takenOver = inWindow.filter((d) => d.state === 'sent' && d.attempts > 1).length;

  console.log(`Digest simulation: ${SUBS} subscriptions, ${DAYS} days from 2024-03-05, 3 replicas on ${engine}, coordinator ${COORDINATED ? 'on' : 'off (every live replica ticks)'}`);
  console.log(`  events: ${stats.steps} simulated minutes with work, ${stats.ticks} replica ticks, ${stats.idleKills} kills between sends, ${stats.midSendKills} kills after claiming/before posting, ${stats.afterPostKills} kills after posting/before recording sent, ${stats.restarts} restarts, ${stats.transient} transient send failures (1%, ${stats.lostAnswers} of them answers lost after the post was accepted)`);
  console.log(`  posted but never recorded sent: ${stats.postedThenKilled + stats.lostAnswers} (${stats.postedThenKilled} sends in flight on replicas killed after posting, ${stats.lostAnswers} lost answers); found by the retry or takeover and not posted again: ${stats.recovered}`);
  console.log(`  expected digests: ${expected.size}`);
  console.log(`  sent: ${sent}   duplicates: ${duplicates}   lost: ${lost - skippedMissed}   late (>5 min): ${late}   skipped (over DIGEST_CATCHUP_HOURS): ${skippedMissed}   unexpected: ${unexpected}`);
  console.log(`  sent after a retry or a lease takeover: ${takenOver}   longest delay: ${Math.round(maxDelay / MIN)} min`);
  console.log(`  wall time: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await close();
  if (duplicates > 0 || lost - skippedMissed > 0 || unexpected > 0) process.exitCode = 1;
}

await main();
