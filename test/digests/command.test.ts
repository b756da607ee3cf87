// /digest through its text form and run(): permissions, time zones, answers that name the zone, on a real PGlite store.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import digest from '../../commands/digest.js';
import type { Answer } from '../../src/core/answer.js';
import type { Caller, CommandContext } from '../../src/core/command.js';
import { parseCommandText } from '../../src/core/command-options.js';
import { createDigestService } from '../../src/schedule/digest-service.js';
import { createPostgresKnowledge } from '../../src/store/knowledge-store.js';
import type { SqlHandle } from '../../src/store/sql.js';
import { openPgliteDb, resetDigests } from './db.js';

let db: SqlHandle;
const NOW = new Date('2024-03-10T05:00:00Z');
const admin: Caller = { platform: 'discord', userId: 'u-admin', tenant: 'g1', channelId: 'c1', canManage: true };
const member: Caller = { ...admin, userId: 'u-member', canManage: false };

async function ask(text: string, caller: Caller, services: Record<string, unknown> | null = null): Promise<Answer> {
  const parsed = parseCommandText(digest, text);
  if (!parsed.ok) throw new Error(parsed.message);
  const knowledge = createPostgresKnowledge(db);
  const ctx: CommandContext = {
    knowledge, caller, now: NOW, commands: [digest],
    services: services ?? { digests: createDigestService(db, knowledge) },
  };
  return digest.run(ctx, parsed.args as Parameters<typeof digest.run>[1]);
}

const allText = (a: Answer) => [a.title, a.summary ?? '', ...a.sections.flatMap((s) => s.lines.map((l) => l.text))].join('\n');

beforeAll(async () => {
  db = await openPgliteDb();
});
afterAll(async () => db?.close());
beforeEach(async () => resetDigests(db));

describe('/digest permissions', () => {
  it('a member who cannot manage the channel is refused subscribe and unsubscribe, privately, and nothing is stored', async () => {
    for (const action of ['subscribe time:09:00 timezone:Europe/Berlin', 'unsubscribe']) {
      const a = await ask(action, member);
      expect(a.kind).toBe('error');
      expect(a.error?.code).toBe('permission.denied');
      expect(a.ephemeral).toBe(true);
      expect(a.title).toMatch(/^Only people who can manage this channel can (subscribe|unsubscribe) digests$/);
    }
    expect((await ask('list', member)).kind).toBe('empty');
  });

  it('members may list, preview and see history', async () => {
    await ask('subscribe 09:00 timezone:Europe/Berlin', admin);
    const list = await ask('list', member);
    expect(list.kind).toBe('info');
    expect(allText(list)).toContain('this channel — every day at 09:00 (Europe/Berlin) · next Sun 10 Mar 2024, 09:00');
    expect((await ask('now', member)).ephemeral).toBe(true);
    expect((await ask('history', member)).kind).toBe('empty');
  });

  it('without the digest service the answer says so', async () => {
    const a = await ask('list', admin, {});
    expect([a.kind, a.error?.code, a.title]).toEqual(['error', 'unavailable', 'Digests are not available here']);
  });

  it('the terminal cannot subscribe: digests go to a channel', async () => {
    const a = await ask('subscribe', { ...admin, platform: 'terminal', tenant: 'local', channelId: null });
    expect(a.title).toBe('Digests post to a Discord or Slack channel');
  });
});

describe('/digest subscribe', () => {
  it('confirms publicly with the schedule, the zone and the next send', async () => {
    const a = await ask('subscribe time:7:30 timezone:america/new_york every:weekday skip_empty:yes', admin);
    expect([a.kind, a.title, a.ephemeral]).toEqual(['info', 'Digest subscribed', false]);
    expect(a.summary).toContain('every weekday (Mon–Fri) at 07:30 (America/New_York)');
    expect(a.summary).toContain('Next: Mon 11 Mar 2024, 07:30 (America/New_York).');
    expect(a.summary).toContain('Quiet periods are skipped.');
  });

  it('defaults to the caller’s zone, else UTC, and says it is a default', async () => {
    const mine = await ask('subscribe', { ...admin, timezone: 'Asia/Tokyo' });
    expect(mine.summary).toContain('every day at 08:00 (Asia/Tokyo)');
    expect(mine.summary).toContain('Asia/Tokyo is the default time zone here');
    const utc = await ask('subscribe about:Shoigu', admin);
    expect(utc.summary).toContain('every day at 08:00 (UTC) about “Shoigu”');
  });

  it('subscribing again with the same filter updates the schedule instead of adding one', async () => {
    await ask('subscribe 08:00 timezone:UTC', admin);
    const again = await ask('subscribe 10:00 timezone:UTC', admin);
    expect(again.title).toBe('Digest updated');
    expect((await ask('list', admin)).title).toBe('Digests (1)');
  });

  it('an unknown zone gets a clear error with suggestions; a bad time is refused by the option parser', async () => {
    const a = await ask('subscribe timezone:Berlin', admin);
    expect([a.kind, a.error?.code, a.ephemeral]).toEqual(['error', 'option.invalid', true]);
    expect(a.title).toBe('“Berlin” is not a time zone I know');
    expect(a.summary).toContain('Europe/Berlin');
    expect(await ask('list', admin).then((x) => x.kind)).toBe('empty');
    const bad = parseCommandText(digest, 'subscribe time:25:00');
    expect(bad.ok ? '' : bad.message).toMatch(/^`time` must be a 24-hour time like 08:00\./);
  });

  it('unsubscribe names what stopped, with its zone; a second one finds nothing', async () => {
    await ask('subscribe 06:45 timezone:Europe/Berlin', admin);
    const a = await ask('unsubscribe', admin);
    expect(a.title).toBe('Digest stopped');
    expect(a.summary).toBe('This channel no longer gets: every day at 06:45 (Europe/Berlin).');
    expect((await ask('unsubscribe', admin)).kind).toBe('empty');
  });
});
