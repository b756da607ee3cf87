#!/usr/bin/env node
// Consistency check for test/corpus/gold.json against test/corpus/articles/*.txt.
// Usage: node test/corpus/check-gold.mjs   (exit code 1 on any error)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const artDir = join(here, 'articles');
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));

const errors = [];
const warnings = [];
const err = (file, msg) => errors.push(`${file}: ${msg}`);
const warn = (file, msg) => warnings.push(`${file}: ${msg}`);

const DATE_RE = /^\d{4}-\d{2}(-\d{2})?$/;
const FULL_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const MODES = new Set(['phone', 'video', 'in-person', 'unknown']);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

for (const k of ['about', 'stories', 'people', 'articles', 'questions']) {
  if (!(k in gold)) err('gold.json', `missing top-level key "${k}"`);
}

// ---- people
const people = new Map();
for (const p of gold.people) {
  if (!p.name || !Array.isArray(p.aliases) || typeof p.role !== 'string') err('people', `bad entry ${JSON.stringify(p)}`);
  if (people.has(p.name)) err('people', `duplicate name ${p.name}`);
  people.set(p.name, p);
}
const mentions = (text, name) => {
  const p = people.get(name);
  const forms = [name, ...(p ? p.aliases : [])];
  return forms.some((f) => text.includes(f));
};

// ---- stories
const storyOf = new Map();
const storyIds = new Set();
for (const s of gold.stories) {
  if (storyIds.has(s.id)) err('stories', `duplicate story id ${s.id}`);
  storyIds.add(s.id);
  if (!s.summary) err('stories', `${s.id} has no summary`);
  for (const f of s.articles) {
    if (storyOf.has(f)) err('stories', `${f} is in two stories`);
    storyOf.set(f, s.id);
  }
  if (!s.articles.length) err('stories', `${s.id} has no articles`);
}

// ---- files on disk vs gold
const onDisk = readdirSync(artDir).filter((f) => f.endsWith('.txt')).sort();
const inGold = new Set(gold.articles.map((a) => a.file));
for (const f of onDisk) if (!inGold.has(f)) err(f, 'file on disk has no gold entry');
for (const f of onDisk) if (!/^\d{3}_[a-z0-9_]+\.txt$/.test(f)) err(f, 'file name must be NNN_slug.txt');

const addDays = (iso, n) => {
  const d = new Date(iso + 'T12:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const weekday = (iso) => WEEKDAYS[new Date(iso + 'T12:00:00Z').getUTCDay()];

const counts = { articles: 0, dated: 0, calls: 0, optional_calls: 0, not_calls: 0, quotes: 0, optional_quotes: 0, unconfirmed: 0, boilerplate: 0 };

for (const a of gold.articles) {
  const f = a.file;
  counts.articles++;
  const path = join(artDir, f);
  if (!existsSync(path)) { err(f, 'file missing'); continue; }
  const text = readFileSync(path, 'utf8');
  const has = (s) => typeof s === 'string' && s.length > 0 && text.includes(s);

  for (const k of ['file', 'published', 'story', 'calls', 'optional_calls', 'not_calls', 'quotes', 'optional_quotes', 'boilerplate']) {
    if (!(k in a)) err(f, `missing key "${k}"`);
  }

  // story membership
  if (!storyIds.has(a.story)) err(f, `unknown story ${a.story}`);
  if (storyOf.get(f) !== a.story) err(f, `story "${a.story}" does not list this file (listed under ${storyOf.get(f)})`);

  // publication date
  const m = text.match(/^ date (\d{4}-\d{2}-\d{2}) \S/);
  if (text.startsWith(' date') && !m) err(f, 'malformed " date YYYY-MM-DD " prefix');
  if (m) {
    counts.dated++;
    if (a.published !== m[1]) err(f, `published ${a.published} but date line says ${m[1]}`);
  } else {
    const wire = text.match(/^([A-Z][A-Z .'-]+), ([A-Z][a-z]{2})[a-z]* (\d{1,2}) \((?:Reuters|AP|AFP)\) -/);
    if (wire) {
      const mon = MONTHS[wire[2].toLowerCase()];
      if (!a.published || !FULL_DATE_RE.test(a.published)) err(f, 'wire dateline present but published is not a full date');
      else if (+a.published.slice(5, 7) !== mon || +a.published.slice(8, 10) !== +wire[3]) err(f, `published ${a.published} does not match dateline ${wire[2]} ${wire[3]}`);
      if (!a.note || !/dateline/i.test(a.note)) warn(f, 'dateline article without a note explaining the date');
    } else if (a.published !== null) err(f, `no date line but published is ${a.published}`);
  }

  // word count (without the date prefix)
  const words = text.replace(/^ date \S+ /, '').split(/\s+/).filter(Boolean).length;
  if (words < 120 || words > 450) err(f, `word count ${words} outside 120–450`);

  // calls
  const checkParticipants = (c, where) => {
    if (!Array.isArray(c.participants) || c.participants.length < 2) err(f, `${where}: needs >= 2 participants`);
    for (const p of c.participants || []) {
      if (!people.has(p)) err(f, `${where}: participant "${p}" not in people`);
      else if (!mentions(text, p)) warn(f, `${where}: participant "${p}" not mentioned by name/alias in text`);
    }
    if (new Set(c.participants).size !== (c.participants || []).length) err(f, `${where}: duplicate participant`);
  };
  (a.calls || []).forEach((c, i) => {
    const where = `calls[${i}]`;
    counts.calls++;
    if (c.unconfirmed) counts.unconfirmed++;
    checkParticipants(c, where);
    if (!DATE_RE.test(c.date || '')) err(f, `${where}: bad date ${c.date}`);
    if (!MODES.has(c.mode)) err(f, `${where}: bad mode ${c.mode}`);
    if (!('initiator' in c)) err(f, `${where}: missing initiator (use null)`);
    if (c.initiator !== null && c.initiator !== undefined && !(c.participants || []).includes(c.initiator)) err(f, `${where}: initiator ${c.initiator} not a participant`);
    if ('duration' in c && typeof c.duration !== 'string') err(f, `${where}: duration must be a string`);
    for (const b of ['unconfirmed', 'date_from_story']) if (b in c && typeof c[b] !== 'boolean') err(f, `${where}: ${b} must be boolean`);
    if (!has(c.evidence)) err(f, `${where}: evidence not found verbatim: ${JSON.stringify(c.evidence)}`);
    if (a.published === null && c.date && !c.date_from_story) err(f, `${where}: undated article but call date not marked date_from_story`);
    // relative-date sanity checks against the publication date
    if (a.published && FULL_DATE_RE.test(c.date || '') && !c.date_from_story) {
      const ev = (c.evidence || '').toLowerCase();
      if (/\btoday\b/.test(ev) && c.date !== a.published) err(f, `${where}: 'today' but date ${c.date} != published ${a.published}`);
      if (/\b(yesterday|last night)\b/.test(ev) && c.date !== addDays(a.published, -1)) err(f, `${where}: 'yesterday/last night' but date ${c.date} != ${addDays(a.published, -1)}`);
      const wd = WEEKDAYS.find((d) => ev.includes(d));
      if (wd) {
        if (weekday(c.date) !== wd) err(f, `${where}: evidence says ${wd} but ${c.date} is a ${weekday(c.date)}`);
        if (c.date > a.published) err(f, `${where}: call date ${c.date} after publication ${a.published}`);
        if (c.date < addDays(a.published, -13)) err(f, `${where}: weekday-dated call ${c.date} more than two weeks before publication`);
      }
    }
    if (a.published && c.date && c.date.slice(0, c.date.length) > a.published.slice(0, c.date.length)) err(f, `${where}: call date ${c.date} after publication ${a.published}`);
  });
  (a.optional_calls || []).forEach((c, i) => {
    counts.optional_calls++;
    checkParticipants(c, `optional_calls[${i}]`);
    if (c.date && !DATE_RE.test(c.date)) err(f, `optional_calls[${i}]: bad date ${c.date}`);
    if (!has(c.evidence)) err(f, `optional_calls[${i}]: evidence not found verbatim: ${JSON.stringify(c.evidence)}`);
  });

  // not_calls
  (a.not_calls || []).forEach((s, i) => {
    counts.not_calls++;
    if (!has(s)) err(f, `not_calls[${i}] not found verbatim: ${JSON.stringify(s)}`);
  });

  // quotes
  const seen = new Set();
  for (const kind of ['quotes', 'optional_quotes']) {
    (a[kind] || []).forEach((q, i) => {
      counts[kind]++;
      const where = `${kind}[${i}]`;
      if (!q.speaker) err(f, `${where}: no speaker`);
      else if (people.has(q.speaker)) {
        if (!mentions(text, q.speaker)) warn(f, `${where}: speaker "${q.speaker}" not mentioned by name/alias`);
      } else if (!text.toLowerCase().includes(q.speaker.toLowerCase())) {
        err(f, `${where}: speaker "${q.speaker}" is neither in people nor named in the text`);
      }
      if (!has(q.text)) err(f, `${where}: text not found verbatim: ${JSON.stringify(q.text)}`);
      if (/^[“”"«»„'‘’]|[“”"«»„]$/.test(q.text || '')) err(f, `${where}: text should not include the quotation marks`);
      if (seen.has(q.text)) err(f, `${where}: duplicate quote text`);
      seen.add(q.text);
    });
  }

  // boilerplate
  (a.boilerplate || []).forEach((s, i) => {
    counts.boilerplate++;
    if (!has(s)) err(f, `boilerplate[${i}] not found verbatim: ${JSON.stringify(s)}`);
  });
}

// ---- questions
const files = new Set(gold.articles.map((a) => a.file));
gold.questions.forEach((q, i) => {
  if (!/^\/(who-called|quotes) \S/.test(q.ask || '')) err('questions', `[${i}] bad ask ${JSON.stringify(q.ask)}`);
  for (const f of q.must_cite_all_of || []) if (!files.has(f)) err('questions', `[${i}] cites unknown file ${f}`);
  for (const k of ['must_include', 'must_not_include']) {
    if (k in q && !Array.isArray(q[k])) err('questions', `[${i}] ${k} must be an array`);
  }
});

for (const w of warnings) console.warn('warning:', w);
for (const e of errors) console.error('ERROR:', e);
console.log(
  `${counts.articles} articles (${counts.dated} with a date line), ${gold.stories.length} stories, ` +
    `${counts.calls} calls (${counts.unconfirmed} unconfirmed), ${counts.optional_calls} optional calls, ` +
    `${counts.not_calls} not_calls, ${counts.quotes} quotes, ${counts.optional_quotes} optional quotes, ` +
    `${counts.boilerplate} boilerplate spans, ${gold.questions.length} questions`,
);
if (errors.length) {
  console.error(`${errors.length} error(s)`);
  process.exit(1);
}
console.log('gold OK');
