// `npm run eval`: score extraction on the seeds and on the development corpus against their gold files.
// Options: --details (print every error), --set seeds|corpus. Env: READOUT_GOLD (path of the seeds gold file).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseCorpus } from '../src/core/corpus/analyse-corpus.js';
import { toExtractJson } from '../src/core/extract-json.js';
import { GoldFile, addScores, emptyScore, scoreSet, type Score } from './eval-score.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const details = args.includes('--details');
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : null;

const SETS = [
  // The shared gold when it sits beside the repo, else the copy kept in test/gold.
  {
    name: 'seeds',
    gold: process.env.READOUT_GOLD ?? [join(root, '..', 'shared', 'eval', 'seeds-gold.json'), join(root, 'test', 'gold', 'seeds-gold.json')].find((p) => existsSync(p))!,
    articles: join(root, 'data', 'articles'),
  },
  { name: 'corpus', gold: join(root, 'test', 'corpus', 'gold.json'), articles: join(root, 'test', 'corpus', 'articles') },
  // Written as a held-out set (readouts, wire, interviews, transcripts, translations), then opened for development.
  { name: 'corpus2', gold: join(root, 'test', 'corpus2', 'gold.json'), articles: join(root, 'test', 'corpus2', 'articles') },
  // Written blind and scored once before it was opened (see its README for that score).
  { name: 'corpus3', gold: join(root, 'test', 'corpus3', 'gold.json'), articles: join(root, 'test', 'corpus3', 'articles') },
  { name: 'corpus4', gold: join(root, 'test', 'corpus4', 'gold.json'), articles: join(root, 'test', 'corpus4', 'articles') },
  { name: 'corpus5', gold: join(root, 'test', 'corpus5', 'gold.json'), articles: join(root, 'test', 'corpus5', 'articles') },
  { name: 'corpus6', gold: join(root, 'test', 'corpus6', 'gold.json'), articles: join(root, 'test', 'corpus6', 'articles') },
  { name: 'corpus7', gold: join(root, 'test', 'corpus7', 'gold.json'), articles: join(root, 'test', 'corpus7', 'articles') },
  { name: 'corpus8', gold: join(root, 'test', 'corpus8', 'gold.json'), articles: join(root, 'test', 'corpus8', 'articles') },
  { name: 'corpus9', gold: join(root, 'test', 'corpus9', 'gold.json'), articles: join(root, 'test', 'corpus9', 'articles') },
  { name: 'corpus10', gold: join(root, 'test', 'corpus10', 'gold.json'), articles: join(root, 'test', 'corpus10', 'articles') },
  { name: 'corpus11', gold: join(root, 'test', 'corpus11', 'gold.json'), articles: join(root, 'test', 'corpus11', 'articles') },
  ...(process.env.READOUT_EVAL_EXTRA ? [{ name: 'extra', gold: join(process.env.READOUT_EVAL_EXTRA, 'gold.json'), articles: join(process.env.READOUT_EVAL_EXTRA, 'articles') }] : []),
];

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : (n / d).toFixed(3).padStart(6));
function prf(c: { tp: number; fp: number; fn: number }): [string, string, string] {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return [p.toFixed(3), r.toFixed(3), f.toFixed(3)];
}

function row(name: string, s: Score): string {
  const [cp, cr, cf] = prf(s.contacts);
  const [qp, qr, qf] = prf(s.quotes);
  return [
    name.padEnd(8), cp, cr, cf, `${s.contacts.tp}/${s.contacts.tp + s.contacts.fn}`.padStart(6), pct(s.dates.right, s.dates.total),
    qp, qr, qf, `${s.quotes.tp}/${s.quotes.tp + s.quotes.fn}`.padStart(7), pct(s.speakers.right, s.speakers.total),
    `${s.stories.agree}/${s.stories.pairs}`.padStart(9), String(s.notCalls.length).padStart(4),
  ].join('  ');
}

let total = emptyScore();
const rows: string[] = [];
const extra: string[] = [];
for (const set of SETS) {
  if (only && set.name !== only) continue;
  if (!existsSync(set.gold) || !existsSync(set.articles)) {
    rows.push(`${set.name.padEnd(8)}  (missing: ${existsSync(set.gold) ? set.articles : set.gold})`);
    continue;
  }
  const gold = GoldFile.parse(JSON.parse(readFileSync(set.gold, 'utf8')));
  const files = readdirSync(set.articles).filter((f) => f.endsWith('.txt')).sort();
  const raws = files.map((f) => ({ file: f, text: readFileSync(join(set.articles, f), 'utf8') }));
  const score = scoreSet(gold, toExtractJson(analyseCorpus(raws)));
  rows.push(row(set.name, score));
  extra.push(`${set.name}: inferred dates ${score.inferred.right}/${score.inferred.total}, mode ${score.attrs.mode}/${score.attrs.total}, ` +
    `initiator ${score.attrs.initiator}/${score.attrs.total}, duration ${score.attrs.duration}/${score.attrs.total}, ` +
    `gold people found ${score.people.found}/${score.people.total} (with a role ${score.people.withRole})`);
  for (const n of score.notCalls) extra.push(`  !! NOT_CALL PRODUCED A CONTACT: ${n}`);
  if (details) for (const d of score.details) extra.push(`  ${set.name} ${d}`);
  total = addScores(total, score);
}
console.log(['set     ', 'c.P  ', 'c.R  ', 'c.F1 ', 'found', 'date.acc', 'q.P  ', 'q.R  ', 'q.F1 ', ' found', 'speaker', 'storypairs', 'traps'].join('  '));
for (const r of rows) console.log(r);
console.log(row('total', total));
for (const e of extra) console.log(e);
