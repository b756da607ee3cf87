// Helpers for extraction tests: analyse short hand-written articles and find contacts or people by surname.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseArticle } from '../../src/core/extract/analyse-article.js';
import type { ArticleAnalysis, Contact, PersonRef, RawArticle } from '../../src/core/types.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** An article from paragraphs, with an optional publication date (the seed layout " date YYYY-MM-DD "). */
export function article(paragraphs: string[], published: string | null = '2023-03-15', file = 'test.txt'): RawArticle {
  const body = paragraphs.join('\n\n');
  return { file, text: published ? ` date ${published} ${body}` : body };
}

/** Analyse one article built from paragraphs. */
export function analyse(paragraphs: string[], published: string | null = '2023-03-15'): ArticleAnalysis {
  return analyseArticle(article(paragraphs, published));
}

const surname = (name: string): string => name.split(' ').pop() ?? name;

/** The contacts of an article whose participants have these surnames (any order). */
export function contactsBetween(a: ArticleAnalysis, ...surnames: string[]): Contact[] {
  return a.contacts.filter((c) => c.participants.length === surnames.length &&
    surnames.every((s) => c.participants.some((p) => surname(p) === s)));
}

/** The person of an article with this surname, if any. */
export function personBySurname(a: ArticleAnalysis, name: string): PersonRef | undefined {
  return a.people.find((p) => surname(p.name) === name);
}

/**
 * Paths of the seed gold file and articles: READOUT_GOLD, else ../shared/eval/seeds-gold.json beside the checkout,
 * else the copy in test/gold (a fresh clone has only that one); the articles are data/articles.
 */
export function seedPaths(): { gold: string; articles: string } {
  const shared = join(ROOT, '..', 'shared', 'eval', 'seeds-gold.json');
  const gold = process.env.READOUT_GOLD ?? (existsSync(shared) ? shared : join(ROOT, 'test', 'gold', 'seeds-gold.json'));
  return { gold, articles: join(ROOT, 'data', 'articles') };
}

export function readArticles(dir: string): RawArticle[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
}
