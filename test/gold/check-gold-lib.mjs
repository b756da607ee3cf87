// The gold validator shared by the held-out corpora (corpus3, corpus4, corpus5): gold.json against articles/*.txt in `root`.
// Each corpus's check-gold.mjs passes its own file-number range and transcript labels. Written for corpus3 and
// adapted per corpus until corpus5, when the copies became this one module.
import fs from 'node:fs';
import path from 'node:path';

/** A text's number: the digits before the first "_" ("900_x.txt" → "900", "1000_x.txt" → "1000"). */
const idOf = (file) => file.slice(0, file.indexOf('_'));

/**
 * @param {{ root: string, first: number, last: number, transcript: RegExp, singleMarks?: boolean, words?: [number, number] }} opts
 *   transcript: the set's speaker labels; singleMarks: UK single quotation marks open a quoted paragraph (soft check).
 */
export function checkGold({ root: ROOT, first: FIRST, last: LAST, transcript: TRANSCRIPT, singleMarks: SINGLE_MARKS = false, words: [MIN_WORDS, MAX_WORDS] = [200, 900] }) {
  const ART = path.join(ROOT, 'articles');
  const gold = JSON.parse(fs.readFileSync(path.join(ROOT, 'gold.json'), 'utf8'));

  const errors = [];
  const warns = [];
  const err = (m) => errors.push(m);
  const warn = (m) => warns.push(m);

  const MODES = new Set(['phone', 'video', 'in-person', 'unknown']);
  const DATE_RE = /^\d{4}-\d{2}(-\d{2})?$/;
  const PREFIX_RE = /^ date (\d{4}-\d{2}-\d{2}) /;
  const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const QUOTE_MARKS = /["“”«»„]/;
  // soft check only: single marks (UK style) also open a quoted paragraph
  const PARA_MARKS = SINGLE_MARKS ? /["“”«»„‘’']/ : QUOTE_MARKS;

  const people = new Map();
  for (const p of gold.people) {
    if (people.has(p.name)) err(`people: duplicate ${p.name}`);
    people.set(p.name, p);
  }

  function validDate(d) {
    if (!DATE_RE.test(d)) return false;
    const [y, m, day] = d.split('-').map(Number);
    if (m < 1 || m > 12) return false;
    if (day !== undefined) {
      const dt = new Date(Date.UTC(y, m - 1, day));
      if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== day) return false;
    }
    return true;
  }
  const weekday = (d) => WEEKDAYS[new Date(d + 'T00:00:00Z').getUTCDay()];

  // file set
  const onDisk = fs.readdirSync(ART).filter((f) => f.endsWith('.txt')).sort();
  const inGold = gold.articles.map((a) => a.file);
  for (const f of onDisk) if (!inGold.includes(f)) err(`${f}: on disk but not in gold`);
  for (const f of inGold) if (!onDisk.includes(f)) err(`${f}: in gold but not on disk`);
  if (new Set(inGold).size !== inGold.length) err('gold: duplicate article entries');
  for (const f of onDisk) if (!/^\d{3,4}_[a-z0-9_]+\.txt$/.test(f) || Number(idOf(f)) < FIRST || Number(idOf(f)) > LAST) err(`${f}: bad file name`);

  const counts = { texts: 0, calls: 0, optional_calls: 0, not_calls: 0, quotes: 0, optional_quotes: 0, boilerplate: 0, words: [] };
  const orgSpeakers = new Set();

  function checkSub(file, text, s, what) {
    if (typeof s !== 'string' || !s.length) { err(`${file}: ${what}: empty or not a string`); return; }
    if (!text.includes(s)) err(`${file}: ${what} not verbatim in text: ${JSON.stringify(s)}`);
  }

  function checkCall(file, text, a, c, kind) {
    const tag = `${kind} ${JSON.stringify(c.participants)}`;
    if (!Array.isArray(c.participants) || c.participants.length < 2) err(`${file}: ${tag}: needs 2+ participants`);
    for (const p of c.participants || []) if (!people.has(p)) err(`${file}: ${tag}: participant not in people: ${p}`);
    if (new Set(c.participants).size !== c.participants.length) err(`${file}: ${tag}: duplicate participant`);
    if (c.initiator !== null && c.initiator !== undefined && !c.participants.includes(c.initiator)) err(`${file}: ${tag}: initiator not a participant`);
    if (!('initiator' in c)) err(`${file}: ${tag}: missing initiator key`);
    if (!MODES.has(c.mode)) err(`${file}: ${tag}: bad mode ${c.mode}`);
    if (c.date !== null && !validDate(c.date)) err(`${file}: ${tag}: bad date ${c.date}`);
    if (c.date === null && kind === 'call') warn(`${file}: ${tag}: call without date`);
    if ('date_from_story' in c && c.date_from_story !== true) err(`${file}: ${tag}: date_from_story must be true if present`);
    if ('unconfirmed' in c && c.unconfirmed !== true) err(`${file}: ${tag}: unconfirmed must be true if present`);
    if (a.published === null && c.date && !c.date_from_story) err(`${file}: ${tag}: undated article but date_from_story not set`);
    if (a.published && c.date && c.date > a.published) err(`${file}: ${tag}: date ${c.date} after publication ${a.published}`);
    checkSub(file, text, c.evidence, `${tag} evidence`);
    // weekday consistency: a weekday named in the evidence or in the note must match a full date
    if (c.date && c.date.length === 10) {
      const hay = `${c.evidence} ${c.note || ''}`;
      for (const w of WEEKDAYS) {
        const re = new RegExp(`\\b${w}\\b`);
        if (re.test(hay) && !hay.includes(`${w} before`) && weekday(c.date) !== w) {
          // "Tuesday before Sunday 9 March" style notes name two weekdays: require that at least one matches
          const named = WEEKDAYS.filter((x) => new RegExp(`\\b${x}\\b`).test(hay));
          if (!named.includes(weekday(c.date))) err(`${file}: ${tag}: ${c.date} is a ${weekday(c.date)}, text/note says ${named.join('/')}`);
        }
      }
    }
  }

  for (const a of gold.articles) {
    const file = a.file;
    const p = path.join(ART, file);
    if (!fs.existsSync(p)) continue;
    const raw = fs.readFileSync(p, 'utf8');
    counts.texts++;
    for (const k of ['calls', 'optional_calls', 'not_calls', 'quotes', 'optional_quotes', 'boilerplate']) {
      if (!Array.isArray(a[k])) err(`${file}: ${k} missing or not an array`);
    }
    const m = raw.match(PREFIX_RE);
    if (m) {
      if (a.published !== m[1]) err(`${file}: published ${a.published} != prefix ${m[1]}`);
    } else if (a.published !== null) {
      if (!a.note || !/publication date|Published/i.test(a.note)) err(`${file}: no date prefix but published=${a.published} without a note`);
    }
    if (/^\s*date\s/.test(raw) && !m) err(`${file}: malformed date prefix`);
    if (a.published !== null && !validDate(a.published)) err(`${file}: bad published ${a.published}`);
    if (/\n{3,}/.test(raw)) warn(`${file}: three or more consecutive newlines`);
    if (/\r/.test(raw)) err(`${file}: CR characters`);
    const body = m ? raw.slice(m[0].length) : raw;
    const words = body.split(/\s+/).filter(Boolean).length;
    counts.words.push(words);
    if (words < MIN_WORDS || words > MAX_WORDS) err(`${file}: ${words} words (${MIN_WORDS}-${MAX_WORDS} required)`);
    if (a.story !== null && a.story !== undefined && !gold.stories.some((s) => s.id === a.story)) err(`${file}: unknown story ${a.story}`);

    for (const c of a.calls) { checkCall(file, raw, a, c, 'call'); counts.calls++; }
    for (const c of a.optional_calls) { checkCall(file, raw, a, c, 'optional_call'); counts.optional_calls++; }
    for (const s of a.not_calls) { checkSub(file, raw, s, 'not_call'); counts.not_calls++; }
    for (const [k, list] of [['quote', a.quotes], ['optional_quote', a.optional_quotes]]) {
      for (const q of list) {
        if (!q.speaker) err(`${file}: ${k} without speaker`);
        if (!people.has(q.speaker)) orgSpeakers.add(q.speaker);
        checkSub(file, raw, q.text, `${k} (${q.speaker})`);
        if (QUOTE_MARKS.test(q.text)) err(`${file}: ${k} text contains quotation marks: ${q.text}`);
        // soft check: outside transcripts, the paragraph holding the quote (or the next one, for
        // machine-translated texts that lost the opening mark) must contain a quotation mark
        const at = raw.indexOf(q.text);
        if (at >= 0 && !TRANSCRIPT.test(raw)) {
          const paras = raw.split(/\n\s*\n/);
          let off = 0, idx = 0;
          for (; idx < paras.length; idx++) { if (at < off + paras[idx].length) break; off += paras[idx].length + 2; }
          const here = (paras[idx] || '') + (paras[idx + 1] || '');
          if (!PARA_MARKS.test(here)) warn(`${file}: ${k} not inside a quoted paragraph: ${q.text.slice(0, 50)}`);
        }
        if (k === 'quote') counts.quotes++; else counts.optional_quotes++;
      }
    }
    for (const b of a.boilerplate) { checkSub(file, raw, b, 'boilerplate'); counts.boilerplate++; }
    // every person who speaks or takes part must be mentioned in the text by name or alias
    const mentioned = (name) => {
      const pp = people.get(name);
      if (!pp) return true;
      const forms = [pp.name, ...pp.aliases, pp.name.split(' ').slice(-1)[0]];
      return forms.some((f) => raw.includes(f));
    };
    for (const c of [...a.calls, ...a.optional_calls]) for (const n of c.participants) if (!mentioned(n)) warn(`${file}: participant ${n} not mentioned by name/alias (check note)`);
  }

  // categories: every file in exactly one category
  const catOf = new Map();
  for (const [cat, ids] of Object.entries(gold.categories)) for (const id of ids) {
    if (catOf.has(id)) err(`category: ${id} in ${catOf.get(id)} and ${cat}`);
    catOf.set(id, cat);
  }
  for (const f of inGold) if (!catOf.has(idOf(f))) err(`${f}: in no category`);
  for (const id of catOf.keys()) if (!inGold.some((f) => f.startsWith(id))) err(`category: unknown id ${id}`);
  // quote texts must not repeat within an article; not_calls must not overlap call evidence
  for (const a of gold.articles) {
    const seen = new Set();
    for (const q of [...a.quotes, ...a.optional_quotes]) { if (seen.has(q.text)) err(`${a.file}: duplicate quote ${q.text}`); seen.add(q.text); }
    for (const n of a.not_calls) for (const c of [...a.calls, ...a.optional_calls]) if (c.evidence.includes(n) || n.includes(c.evidence)) err(`${a.file}: not_call overlaps evidence: ${n}`);
  }

  // stories
  for (const s of gold.stories) {
    if (s.articles.length < 2 || s.articles.length > 3) err(`story ${s.id}: needs 2-3 articles`);
    for (const f of s.articles) {
      const a = gold.articles.find((x) => x.file === f);
      if (!a) err(`story ${s.id}: missing article ${f}`);
      else if (a.story !== s.id) err(`story ${s.id}: article ${f} has story ${a.story}`);
    }
    if (!s.articles.some((f) => (gold.articles.find((x) => x.file === f) || {}).published === null)) warn(`story ${s.id}: no undated article`);
  }

  // questions
  for (const q of gold.questions) {
    for (const f of q.must_cite_all_of || []) if (!inGold.includes(f)) err(`question ${q.ask}: unknown file ${f}`);
    for (const s of [...(q.must_include || []), ...(q.must_not_include || [])]) {
      const looksLikeName = /^[A-ZÀ-Ž][\p{L}.'-]*( [A-ZÀ-Ž][\p{L}.'-]*)+$/u.test(s);
      if (!DATE_RE.test(s) && looksLikeName && !people.has(s)) err(`question ${q.ask}: ${s} is not a people name`);
    }
  }

  // a pair with two different contacts on different dates
  const pairDates = new Map();
  for (const a of gold.articles) for (const c of a.calls) {
    if (c.participants.length !== 2 || !c.date) continue;
    const key = [...c.participants].sort().join(' | ');
    if (!pairDates.has(key)) pairDates.set(key, new Set());
    pairDates.get(key).add(c.date);
  }
  const multi = [...pairDates].filter(([, d]) => d.size > 1).map(([k, d]) => `${k}: ${[...d].sort().join(', ')}`);

  const sum = (xs) => xs.reduce((x, y) => x + y, 0);
  console.log('Non-person quote speakers:', [...orgSpeakers].sort().join('; '));
  console.log('Pairs with contacts on more than one date:\n  ' + multi.join('\n  '));
  for (const w of warns) console.log('WARN', w);
  console.log(`texts=${counts.texts} calls=${counts.calls} optional_calls=${counts.optional_calls} not_calls=${counts.not_calls} quotes=${counts.quotes} optional_quotes=${counts.optional_quotes} boilerplate=${counts.boilerplate}`);
  console.log(`words: min=${Math.min(...counts.words)} max=${Math.max(...counts.words)} mean=${Math.round(sum(counts.words) / counts.words.length)}`);
  if (errors.length) {
    for (const e of errors) console.log('ERROR', e);
    console.log(`FAILED: ${errors.length} error(s)`);
    process.exit(1);
  }
  console.log('OK: all checks passed');
}
