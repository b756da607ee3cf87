// Digest contents from the real store with the seed corpus: stories, dates, contacts, quotes, all traceable to the text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import digestCommand from '../../commands/digest.js';
import { createApp, SEED_DIR } from '../../src/app/create-app.js';
import type { App } from '../../src/app/app.js';
import { runCommand } from '../../src/app/dispatch.js';
import type { Answer } from '../../src/core/answer.js';
import type { Caller } from '../../src/core/command.js';
import { attachDigests, type DigestScheduler } from '../../src/schedule/digest-scheduler.js';
import { silentLog } from './helpers.js';

let app: App;
let scheduler: DigestScheduler;
const NOW = new Date('2024-03-10T12:00:00Z');
const caller: Caller = { platform: 'slack', userId: 'U1', tenant: 'T1', channelId: 'C1', canManage: false, timezone: 'Europe/Berlin' };
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const articleText = (file: string) => flat(readFileSync(join(SEED_DIR, file), 'utf8'));

async function preview(args: Record<string, unknown> = {}): Promise<Answer> {
  return runCommand(app, digestCommand, { action: 'now', time: '08:00', every: 'day', skip_empty: false, ...args }, caller, { now: () => NOW });
}

beforeAll(async () => {
  app = await createApp({ dataDir: 'memory://', seed: true });
  scheduler = attachDigests(app, { posters: {}, log: silentLog, catchupHours: 6, schedule: false });
  // The seed corpus arrives this morning, after today's 08:00 Berlin send: the preview of the next digest holds it.
  await app.db.query(`UPDATE articles SET ingested_at = '2024-03-10T09:30:00Z'`);
});
afterAll(async () => {
  await scheduler?.stop();
  await app?.close();
});

describe('a digest of the seed corpus', () => {
  it('is a private preview in the caller’s zone, covering since the last send', async () => {
    const a = await preview();
    expect([a.kind, a.ephemeral]).toEqual(['result', true]);
    expect(a.summary).toMatch(/^2 stories with new coverage from Sun 10 Mar 2024, 08:00 to Sun 10 Mar 2024, 13:00 \(Europe\/Berlin\)/);
  });

  it('holds both calls, one story each, with their event dates, ranked by outlets', async () => {
    const a = await preview();
    const stories = a.sections.filter((s) => s.heading);
    const dates = stories.map((s) => /^Event date: (\S+)/.exec(s.lines[0]!.text)?.[1]);
    expect(dates.sort()).toEqual(['2022-05-13', '2022-10-21']);
    const outletCounts = stories.map((s) => (/from (.+)$/.exec(s.lines[0]!.text)?.[1] ?? '').split(', ').length);
    expect(outletCounts[0]).toBeGreaterThanOrEqual(outletCounts[1]!);
  });

  it('names who spoke with whom: Lloyd Austin and Sergei Shoigu by phone, in both stories', async () => {
    const a = await preview();
    for (const s of a.sections.filter((x) => x.heading)) {
      const contacts = s.lines.filter((l) => / spoke by phone$/.test(l.text)).map((l) => l.text);
      expect(contacts.some((t) => t.includes('Lloyd Austin') && t.includes('Sergei Shoigu'))).toBe(true);
    }
  });

  it('every cited evidence sentence and every quote is in the article it cites', async () => {
    const a = await preview();
    expect(a.citations.length).toBeGreaterThan(3);
    for (const c of a.citations) {
      expect(articleText(c.article), c.article).toContain(flat(c.evidence));
    }
    const quoteLines = a.sections.flatMap((s) => s.lines).filter((l) => /: “/.test(l.text));
    expect(quoteLines.length).toBeGreaterThan(0);
    for (const l of quoteLines) {
      const quoted = /: “(.+?)”(?: — \d{4}-\d{2}-\d{2})?$/.exec(l.text)?.[1]?.replace(/…$/, '') ?? '';
      expect(quoted.length).toBeGreaterThan(10);
      expect(articleText(a.citations[l.cites[0]!]!.article)).toContain(flat(quoted));
    }
  });

  it('about: words in no article give a one-line quiet digest', async () => {
    const a = await preview({ about: 'Zzyzx Qwerty' });
    expect(a.kind).toBe('empty');
    expect(a.summary).toMatch(/^No new coverage about “Zzyzx Qwerty” from /);
  });
});
