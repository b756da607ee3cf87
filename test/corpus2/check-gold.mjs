// Verify ./gold.json against ./articles/*.txt
import fs from 'node:fs';
import path from 'node:path';
const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'articles');
const gold = JSON.parse(fs.readFileSync(path.join(dir, '..', 'gold.json'), 'utf8'));
let errors = 0, warnings = 0;
const err = (m) => { errors++; console.log('ERROR', m); };
const warn = (m) => { warnings++; console.log('warn ', m); };
const files = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort();
const byFile = new Map(gold.articles.map(a => [a.file, a]));
for (const f of files) if (!byFile.has(f)) err(`no gold entry for ${f}`);
for (const a of gold.articles) if (!files.includes(a.file)) err(`gold entry for missing file ${a.file}`);
const people = new Map();
for (const p of gold.people) { if (people.has(p.name)) err(`duplicate person ${p.name}`); people.set(p.name, p); }
const stories = new Map(gold.stories.map(s => [s.id, s]));
const DATE = /^\d{4}-\d{2}(-\d{2})?$/;
const MODES = new Set(['phone', 'video', 'in-person', 'unknown']);
const validDate = (d) => { if (!DATE.test(d)) return false; const full = d.length === 7 ? d + '-01' : d; const t = new Date(full + 'T00:00:00Z'); return !isNaN(t) && t.toISOString().slice(0, 10) === full; };
const counts = { texts: 0, calls: 0, optional_calls: 0, not_calls: 0, quotes: 0, optional_quotes: 0 };
for (const a of gold.articles) {
  if (!files.includes(a.file)) continue;
  const text = fs.readFileSync(path.join(dir, a.file), 'utf8');
  counts.texts++;
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 150 || words > 500) err(`${a.file}: ${words} words (want 150-500)`);
  const m = text.match(/^ date (\d{4}-\d{2}-\d{2}) /);
  if (m) { if (a.published !== m[1]) err(`${a.file}: published ${a.published} but prefix ${m[1]}`); }
  else if (a.published !== null) warn(`${a.file}: published ${a.published} without date prefix (check note)`);
  if (/^date /.test(text) || /^\s*date\s+\d/.test(text) && !m) err(`${a.file}: malformed date prefix`);
  if (!stories.has(a.story)) err(`${a.file}: unknown story ${a.story}`);
  else if (!stories.get(a.story).articles.includes(a.file)) err(`${a.file}: story ${a.story} does not list it`);
  const must = (s, what) => { if (typeof s !== 'string' || !s.length) err(`${a.file}: empty ${what}`); else if (!text.includes(s)) err(`${a.file}: ${what} not verbatim: ${JSON.stringify(s)}`); };
  for (const key of ['calls', 'optional_calls']) {
    for (const c of a[key] || []) {
      counts[key]++;
      must(c.evidence, `${key} evidence`);
      if (!Array.isArray(c.participants) || c.participants.length < 2) err(`${a.file}: ${key} needs >=2 participants`);
      if (new Set(c.participants).size !== c.participants.length) err(`${a.file}: duplicate participant`);
      for (const p of c.participants) {
        if (!people.has(p)) err(`${a.file}: participant not in people: ${p}`);
        else { const names = [p, ...people.get(p).aliases]; if (!names.some(n => text.includes(n))) warn(`${a.file}: ${p} not named in text by name/alias (check note)`); }
      }
      if (c.date !== null && !validDate(c.date)) err(`${a.file}: bad date ${c.date}`);
      if (key === 'calls' && c.date === null) warn(`${a.file}: call with null date`);
      if (c.date_from_story && a.published !== null) warn(`${a.file}: date_from_story on a dated article`);
      if (c.date_from_story && c.date) {
        const others = stories.get(a.story)?.articles.filter(f => f !== a.file) || [];
        const same = others.some(f => (byFile.get(f)?.calls || []).concat(byFile.get(f)?.optional_calls || []).some(o => o.date === c.date && c.participants.every(p => o.participants.includes(p))));
        const anchored = others.some(f => byFile.get(f)?.published);
        if (!same && !anchored) err(`${a.file}: date_from_story ${c.date} not supported by another article of ${a.story}`);
        else if (!same) warn(`${a.file}: date_from_story ${c.date} derived relative to the story's date (check note)`);
      }
      if (key === 'calls') {
        if (!MODES.has(c.mode)) err(`${a.file}: bad mode ${c.mode}`);
        if (!('initiator' in c)) err(`${a.file}: call without initiator field`);
        if (c.initiator !== null && !c.participants.includes(c.initiator)) err(`${a.file}: initiator ${c.initiator} not a participant`);
        if (c.duration !== undefined && !text.includes(c.duration)) err(`${a.file}: duration not verbatim: ${c.duration}`);
      } else if (c.mode !== undefined && !MODES.has(c.mode)) err(`${a.file}: bad mode ${c.mode}`);
      const wd = (c.evidence || '').match(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/);
      if (wd && c.date && c.date.length === 10) {
        const actual = new Date(c.date + 'T00:00:00Z').toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' });
        if (actual !== wd[1]) err(`${a.file}: evidence says ${wd[1]} but ${c.date} is a ${actual}`);
      }
      if (c.date && a.published && c.date > a.published) err(`${a.file}: call date ${c.date} after publication ${a.published}`);
    }
  }
  for (const s of a.not_calls || []) { counts.not_calls++; must(s, 'not_call'); }
  for (const key of ['quotes', 'optional_quotes']) {
    for (const q of a[key] || []) {
      counts[key]++;
      must(q.text, `${key} text`);
      if (!q.speaker) err(`${a.file}: ${key} without speaker`);
      else if (!people.has(q.speaker)) {
        // speakers that are organisations or unnamed people are written as the text names them
        if (!text.toLowerCase().includes(q.speaker.toLowerCase())) warn(`${a.file}: speaker ${JSON.stringify(q.speaker)} not a person and not verbatim in text`);
      }
    }
  }
  for (const b of a.boilerplate || []) must(b, 'boilerplate');
}
for (const s of gold.stories) for (const f of s.articles) { if (!byFile.has(f)) err(`story ${s.id} lists unknown ${f}`); else if (byFile.get(f).story !== s.id) err(`story ${s.id} lists ${f} whose story is ${byFile.get(f).story}`); }
const used = new Set();
for (const a of gold.articles) { for (const c of [...(a.calls||[]), ...(a.optional_calls||[])]) c.participants.forEach(p => used.add(p)); for (const q of [...(a.quotes||[]), ...(a.optional_quotes||[])]) used.add(q.speaker); }
for (const q of gold.questions || []) for (const k of ['must_cite_all_of']) for (const f of q[k] || []) if (!byFile.has(f)) err(`question ${q.ask} cites unknown ${f}`);
const multi = gold.stories.filter(s => s.articles.length > 1).length;
console.log(JSON.stringify({ ...counts, multi_article_stories: multi, people: gold.people.length, warnings, errors }));
process.exit(errors ? 1 : 0);
