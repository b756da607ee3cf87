// Contract: the real pipeline on the seed corpus — dedupe on re-ingest, and every gold question at the Knowledge level.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/core/knowledge.js';
import type { RawArticle } from '../../src/core/types.js';
import { ingestArticles } from '../../src/ingest/ingest.js';
import { readArticleFiles } from '../../src/ingest/read-article-files.js';
import { createPostgresKnowledge } from '../../src/store/knowledge-store.js';
import type { SqlHandle } from '../../src/store/sql.js';
import { loadSeedGold } from '../helpers/seed-gold.js';
import { truncateAll } from '../helpers/test-db.js';

const SEEDS = fileURLToPath(new URL('../../data/articles/', import.meta.url));
const TABLES = ['articles', 'persons', 'person_names', 'article_persons', 'contacts', 'quotes', 'stories'];

async function counts(db: SqlHandle): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`)).rows[0]?.n ?? -1;
  return out;
}

/** Everything an answer to the question would show, as one text, plus the articles it cites. */
async function answerText(k: Knowledge, ask: string): Promise<{ text: string; cited: Set<string> }> {
  const [command, ...rest] = ask.trim().split(/\s+/u);
  const who = await k.findPerson('', rest.join(' '));
  if (who.kind !== 'found') throw new Error(`${ask}: person lookup gave ${who.kind}`);
  const cited = new Set<string>();
  const parts: string[] = [];
  if (command === '/who-called') {
    for (const c of await k.contactsOf('', who.person.id, { limit: 50 })) {
      parts.push(c.participants.map((p) => p.name).join(' & '), c.date ?? '', ...c.datesBySource.map((d) => d.date ?? ''));
      c.sources.forEach((s) => cited.add(s.article));
    }
  } else if (command === '/quotes') {
    for (const q of await k.quotesBy('', { personId: who.person.id }, { limit: 100 })) {
      parts.push(`${q.speaker}: ${q.text}`);
      cited.add(q.source.article);
    }
  } else {
    throw new Error(`no Knowledge mapping for ${ask}`);
  }
  return { text: parts.join('\n'), cited };
}

export function seedsContract(getDb: () => SqlHandle): void {
  describe('seed corpus through the pipeline', () => {
    let seeds: RawArticle[];
    let k: Knowledge;
    beforeAll(async () => {
      await truncateAll(getDb());
      seeds = await readArticleFiles([SEEDS]);
      k = createPostgresKnowledge(getDb());
    });

    it('ingests the five seeds, and re-ingesting them changes nothing', async () => {
      const first = await ingestArticles(getDb(), seeds);
      expect(first).toEqual({ added: 5, duplicates: 0, failed: [] });
      const before = await counts(getDb());
      expect(await ingestArticles(getDb(), seeds)).toEqual({ added: 0, duplicates: 5, failed: [] });
      // The same text under another file name is the same article.
      const renamed = seeds.map((s) => ({ ...s, file: `copy-${s.file}` }));
      expect(await ingestArticles(getDb(), renamed)).toMatchObject({ added: 0, duplicates: 5 });
      expect(await counts(getDb())).toEqual(before);
    });

    it('a big ingest goes in chunks and reports progress after each', async () => {
      const arts = Array.from({ length: 5 }, (_, i) => ({
        file: `chunk-${i}.txt`,
        text: `Minister Ada Chunk${i} met Minister Bo Piece${i} in Oslo on Monday to discuss fisheries quota number ${i}.`,
      }));
      const progress: [number, number][] = [];
      const r = await ingestArticles(getDb(), arts, { tenant: 'chunk-test', chunkSize: 2, onProgress: (d, t) => progress.push([d, t]) });
      expect(r).toEqual({ added: 5, duplicates: 0, failed: [] });
      expect(progress).toEqual([
        [2, 5],
        [4, 5],
        [5, 5],
      ]);
    });

    it('an article seen before by URL is a duplicate even when its text changed', async () => {
      const url = 'https://news.example/story-1';
      const a = { file: 'u1.txt', url, text: 'Minister Alpha Beta met Minister Gamma Delta in Paris on Monday to discuss trade.' };
      expect((await ingestArticles(getDb(), [a], { tenant: 'url-test' })).added).toBe(1);
      const changed = { ...a, text: `${a.text} Updated with a correction.` };
      expect(await ingestArticles(getDb(), [changed], { tenant: 'url-test' })).toEqual({ added: 0, duplicates: 1, failed: [] });
    });

    it('a malformed article fails alone; the rest of the batch is stored', async () => {
      const bad = [
        { file: 'empty.txt', text: '   ' },
        { file: 'no-text.txt' } as unknown as RawArticle,
        null as unknown as RawArticle,
        { file: 'fine.txt', text: 'Foreign Minister Ana Example spoke by phone with her counterpart Ben Sample on Monday.' },
      ];
      const r = await ingestArticles(getDb(), bad, { tenant: 'bad-test' });
      expect(r.added).toBe(1);
      expect(r.failed.map((f) => f.file).sort()).toEqual(['(unnamed)', 'empty.txt', 'no-text.txt']);
      expect(r.failed.every((f) => f.reason.length > 0)).toBe(true);
    });

    it('a later ingest that writes a name family name first or spells out an initial joins the stored story', async () => {
      const tenant = 'spelling-test';
      const dated = [
        { file: 'sp-a.txt', text: ' date 2024-12-05 Prime Minister Haruki Sato met Governor Kenji Mori on Thursday at the prime minister\'s office.' },
        { file: 'sp-c.txt', text: ' date 2025-03-11 Foreign Minister S. Varma spoke by phone with Secretary of State Dana Kirk today.' },
      ];
      const undated = [
        { file: 'sp-b.txt', text: 'Prime Minister Sato Haruki on Thursday met with Governor Mori Kenji at the official residence.' },
        { file: 'sp-d.txt', text: 'Secretary of State Dana Kirk and Foreign Minister Sundar Varma spoke by phone on Tuesday about trade.' },
      ];
      expect((await ingestArticles(getDb(), dated, { tenant })).added).toBe(2);
      expect((await ingestArticles(getDb(), undated, { tenant })).added).toBe(2);
      const rows = await getDb().query<{ file: string; story: string }>(
        `SELECT a.file, a.story_id AS story FROM articles a WHERE a.tenant = $1 ORDER BY a.file`, [tenant]);
      const story = new Map(rows.rows.map((r) => [r.file, r.story]));
      expect(story.get('sp-b.txt')).toBe(story.get('sp-a.txt'));
      expect(story.get('sp-d.txt')).toBe(story.get('sp-c.txt'));
      expect(story.get('sp-a.txt')).not.toBe(story.get('sp-c.txt'));
    });

    describe('gold questions', () => {
      // Idempotent: the seeds are in already when the tests above ran, and are ingested here when run alone.
      beforeAll(() => ingestArticles(getDb(), seeds));
      for (const q of loadSeedGold().questions) {
        it(`${q.ask} answers from the stored seeds`, async () => {
          const { text, cited } = await answerText(k, q.ask);
          for (const s of q.must_include ?? []) expect(text).toContain(s);
          for (const s of q.must_not_include ?? []) expect(text).not.toContain(s);
          for (const f of q.must_cite_all_of ?? []) expect([...cited]).toContain(f);
        });
      }
    });

    it('the seeds group into two stories of the same pair on different dates', async () => {
      const stories = await k.stories('', { limit: 20 });
      const seedStories = stories.filter((s) => s.sources.some((src) => /^\d{3}_/u.test(src.article)));
      expect(seedStories.map((s) => s.date)).toEqual(expect.arrayContaining(['2022-10-21', '2022-05-13']));
    });
  });
}
