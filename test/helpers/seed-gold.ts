// Loads the hand annotation of the seed articles (a copy of shared/eval/seeds-gold.json kept in the repo).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface GoldQuestion {
  ask: string;
  must_include?: string[];
  must_not_include?: string[];
  must_cite_all_of?: string[];
}

export interface SeedGold {
  questions: GoldQuestion[];
  articles: { file: string; not_calls: string[]; calls: { participants: string[]; date: string }[] }[];
}

export const seedGoldPath = fileURLToPath(new URL('../gold/seeds-gold.json', import.meta.url));

export function loadSeedGold(): SeedGold {
  return JSON.parse(readFileSync(seedGoldPath, 'utf8')) as SeedGold;
}
