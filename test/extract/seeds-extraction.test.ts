// The seed articles through the whole pipeline, checked against the hand-made gold (loaded at test time): every gold
// contact with its date, no not_calls span producing a contact, gold people with roles, story pairs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/core/corpus/analyse-corpus.js';
import { toExtractJson } from '../../src/core/extract-json.js';
import { GoldFile, scoreSet } from '../../scripts/eval-score.js';
import { ROOT, readArticles, seedPaths } from './extract-helpers.js';

const sets = [
  { name: 'seeds', ...seedPaths() },
  { name: 'development corpus', gold: join(ROOT, 'test', 'corpus', 'gold.json'), articles: join(ROOT, 'test', 'corpus', 'articles') },
];

for (const set of sets) {
  describe(`extraction on the ${set.name}`, () => {
    const present = existsSync(set.gold) && existsSync(set.articles);
    it.runIf(present)('finds the gold contacts with their dates and no not_calls span', () => {
      const gold = GoldFile.parse(JSON.parse(readFileSync(set.gold, 'utf8')));
      const out = toExtractJson(analyseCorpus(readArticles(set.articles)));
      const score = scoreSet(gold, out);
      expect(score.notCalls).toEqual([]);
      const { tp, fp, fn } = score.contacts;
      if (set.name === 'seeds') {
        expect({ tp, fp, fn }).toEqual({ tp: 11, fp: 0, fn: 0 });
        expect(score.inferred.right).toBe(score.inferred.total);
      } else {
        expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.97);
        expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.95);
      }
      expect(score.dates.right).toBe(score.dates.total);
      expect(score.stories.agree).toBe(score.stories.pairs);
    });

    it.runIf(present)('finds the gold people, most with a role', () => {
      const gold = GoldFile.parse(JSON.parse(readFileSync(set.gold, 'utf8')));
      const score = scoreSet(gold, toExtractJson(analyseCorpus(readArticles(set.articles))));
      expect(score.people.found / score.people.total).toBeGreaterThanOrEqual(set.name === 'seeds' ? 1 : 0.95);
      expect(score.people.withRole / score.people.total).toBeGreaterThanOrEqual(0.75);
    });
  });
}

describe('seed specifics', () => {
  const { articles } = seedPaths();
  it.runIf(existsSync(articles))('keeps the teaser quote and the teaser Shoigu sentence out of 003', () => {
    const out = toExtractJson(analyseCorpus(readArticles(articles)));
    const a = out.articles.find((x) => x.file.startsWith('003_'));
    expect(a?.quotes.some((q) => /bode well|borders are closed/u.test(q.text))).toBe(false);
    expect(a?.calls.every((c) => !/slammed speculation/u.test(c.evidence))).toBe(true);
  });

  it.runIf(existsSync(articles))('links "Sullivan" near Patrushev to Jake Sullivan, not the ambassador John Sullivan', () => {
    const out = toExtractJson(analyseCorpus(readArticles(articles)));
    const a = out.articles.find((x) => x.file.startsWith('001_'));
    const call = a?.calls.find((c) => c.participants.some((p) => p.endsWith('Patrushev')));
    expect(call?.participants).toContain('Jake Sullivan');
    expect(call?.initiator).toBe('Jake Sullivan');
  });
});
