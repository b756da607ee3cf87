// Reporting clauses in one sentence (quotes masked): the verb and the phrase that names who spoke —
// "Blinken said", "a senior US defense official said", "said X, the minister", "according to him",
// "provided by the Pentagon".
import { isWordCode } from './quote-spans.js';
import {
  ADVERBS, DEFINITE, FINITE_SET, INDEFINITE, PARTICIPLE_SET, PASSIVE_SET, POSTMODIFIED_RE, PRONOUNS, REPORTING_RE,
  SPEAKER_NOUNS, STOP,
} from './quote-verbs.js';

/** "… in the communique of / statement from …" after an impersonal "it said" / "is said". */
const IN_DOCUMENT_OF = /^\s+in\s+(?:a|an|the|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|communiqu[eé]|communication|readout|release|message|note|notice|announcement)\s+(?:of|from|by|issued by)\s+/u;
/** "one diplomat who has worked with her", "officials who asked not to be named": a speaker with a relative clause. */
const RELATIVE_RE = new RegExp('(?:^|[\\s,(])((?:(?:an?|one|another|two|three|several|some|the)\\s+)?(?:[\\p{L}.-]+\\s+){0,4}?' +
  '(?:officials?|sources?|diplomats?|spokes(?:man|woman|person)|aides?|advisers?|person|people|members?|analysts?|experts?|' +
  'officers?|lawyers?|negotiators?|insiders?|representatives?|colleagues?|residents?|witnesses))\\s+(?:who|that)\\s+[^,.;:“”"]{1,80}$', 'u');

/** A phrase naming a speaker, with offsets in the sentence. */
export interface NounPhrase {
  text: string;
  start: number;
  end: number;
  /** Lower-cased last word ("official", "ministry", "ryder"). */
  head: string;
  /** Lower-cased determiner when the phrase opens with one ("the", "a"). */
  det: string | null;
  pronoun: 'he' | 'she' | 'it' | 'they' | null;
}

export interface Clause {
  verb: string;
  verbStart: number;
  verbEnd: number;
  /** subject: the phrase is before the verb; object: after it ("said X", "according to X"); bare: no phrase. */
  role: 'subject' | 'object' | 'bare';
  np: NounPhrase | null;
  /** Where the clause starts when that is neither the phrase nor the verb ("it said in the statement of X"). */
  start?: number;
}

interface Tok { text: string; start: number; end: number; word: boolean }

const isWordChar = (c: string): boolean => {
  const k = c.charCodeAt(0);
  return k === 0x2019 || k === 0x27 || k === 0x2e || k === 0x2d || isWordCode(k);
};
/** Capitalised, allowing an elided particle: "d'Orsay", "al-Sisi". */
const isCap = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122 && !/^(?:[dl][’']|al-|el-)/u.test(w)) return false;
  return /^(?:[dl][’']|al-|el-)?\p{Lu}/u.test(w);
};
const lower = (w: string): string => {
  const l = w.toLowerCase();
  return l.endsWith('.') ? l.slice(0, -1) : l;
};
/** A capitalised function word ("But", "In") stops a phrase; an acronym that spells one ("US") does not. */
const stopWord = (w: string): boolean => STOP.has(lower(w)) && !(w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w));
/** Space, tab, newline, no-break space: checked by code, not by regex, in the hot loops. */
const isSpaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;
};

function tokBefore(text: string, pos: number): Tok | null {
  let e = pos;
  while (e > 0 && isSpaceAt(text, e - 1)) e--;
  if (e === 0) return null;
  if (!isWordChar(text[e - 1] as string)) return { text: text[e - 1] as string, start: e - 1, end: e, word: false };
  let s = e;
  let letters = false;
  while (s > 0 && isWordChar(text[s - 1] as string)) {
    if (!letters && isWordCode(text.charCodeAt(s - 1))) letters = true;
    s--;
  }
  return { text: text.slice(s, e), start: s, end: e, word: letters };
}

function tokAfter(text: string, pos: number): Tok | null {
  let s = pos;
  while (s < text.length && isSpaceAt(text, s)) s++;
  if (s >= text.length) return null;
  if (!isWordChar(text[s] as string)) return { text: text[s] as string, start: s, end: s + 1, word: false };
  let e = s;
  while (e < text.length && isWordChar(text[e] as string)) e++;
  // A sentence-final full stop belongs to the sentence, not the word ("by the Pentagon.").
  if (text[e - 1] === '.' && e - s > 4 && !/^(?:\p{L}\.)+$/u.test(text.slice(s, e))) e--;
  return { text: text.slice(s, e), start: s, end: e, word: true };
}

function phrase(text: string, start: number, end: number, pronoun: NounPhrase['pronoun']): NounPhrase {
  const t = text.slice(start, end);
  const sp = t.indexOf(' ');
  const first = lower(sp < 0 ? t : t.slice(0, sp));
  const det = DEFINITE.has(first) || INDEFINITE.has(first) ? first : null;
  return { text: t, start, end, head: lower(t.slice(t.lastIndexOf(' ') + 1)), det, pronoun };
}

const POST_PREPS = new Set(['in', 'at', 'from', 'with', 'to', 'of', 'on']);
const headOk = (w: string): boolean => (isCap(w) && !stopWord(w) && w !== 'I') || SPEAKER_NOUNS.has(lower(w));

/** The speaker phrase that ends just before a verb, skipping adverbs and one parenthetical (", in turn,"). */
export function subjectBefore(text: string, verbStart: number): NounPhrase | null {
  let p = verbStart;
  for (let k = 0; k < 5; k++) {
    const t = tokBefore(text, p);
    if (!t?.word) break;
    const lt = lower(t.text);
    if (ADVERBS.has(lt)) { p = t.start; continue; }
    // "Morikawa declined to say", "she went on to say": the subject of the verb that governs "to".
    const gov = lt === 'to' ? tokBefore(text, t.start) : null;
    if (gov?.word && /^\p{Ll}+(?:ed|s)$|^(?:on|want|refuse|decline|continue|hasten|go)$/u.test(gov.text) && !STOP.has(lower(gov.text))) {
      p = lower(gov.text) === 'on' ? (tokBefore(text, gov.start)?.start ?? gov.start) : gov.start;
      continue;
    }
    break;
  }
  let t = tokBefore(text, p);
  if (t && !t.word && t.text === ',') {
    // "Blinken, for his part, said" / "X, adviser to the president, said"
    const open = text.lastIndexOf(',', t.start - 1);
    if (open < 0 || t.start - open > 100 || /[.;:“”"«»]/u.test(text.slice(open + 1, t.start))) return null;
    // "The chair of the committee, Ulrike Sander, said": a name in apposition is the speaker.
    const inner = text.slice(open + 1, t.start).trim();
    if (/^(?:\p{Lu}[\p{L}.’'-]*\s?){1,4}$/u.test(inner) && !STOP.has(inner.toLowerCase())) {
      const start = text.indexOf(inner, open + 1);
      return phrase(text, start, start + inner.length, null);
    }
    t = tokBefore(text, open);
  }
  if (!t?.word) return null;
  // "a diplomat familiar with the talks", "a senior official in Berlin": only tried when the word before the verb
  // is no speaker head itself or follows a preposition, to keep the common case cheap.
  let beforeT = tokBefore(text, t.start);
  if (beforeT?.word && lower(beforeT.text) === 'the') beforeT = tokBefore(text, beforeT.start);
  const tryPost = !headOk(t.text) || (beforeT?.word === true && POST_PREPS.has(lower(beforeT.text)));
  const window = Math.max(0, t.end - 110);
  const post = tryPost ? POSTMODIFIED_RE.exec(text.slice(window, t.end)) : null;
  if (post?.[1]) {
    // The phrase is the tail of the match ("a diplomat familiar with the talks").
    return phrase(text, window + post.index + post[0].length - post[1].length, t.end, null);
  }
  const head = lower(t.text);
  const pro = PRONOUNS[head];
  if (pro && (head === 'he' || head === 'she' || head === 'it' || head === 'they')) return phrase(text, t.start, t.end, pro);
  if (!headOk(t.text)) {
    // "one diplomat who has worked with her said": the speaker is the phrase before the relative clause.
    const tail = text.slice(window, t.end);
    const rel = tail.includes(' who ') || tail.includes(' that ') ? RELATIVE_RE.exec(tail) : null;
    if (!rel?.[1]) return null;
    const from = window + rel.index + rel[0].indexOf(rel[1]);
    return phrase(text, from, from + rel[1].length, null);
  }
  let start = t.start;
  const end = t.end;
  let count = 1;
  for (;;) {
    const u = tokBefore(text, start);
    if (!u?.word || count >= 8) break;
    const lu = lower(u.text);
    if (DEFINITE.has(lu) || INDEFINITE.has(lu)) {
      // "a spokesman for the Pentagon": the article inside an of/for phrase does not end the speaker phrase.
      const prep = tokBefore(text, u.start);
      const owner = prep?.word ? tokBefore(text, prep.start) : null;
      if (prep && owner?.word && /^(?:of|for|at|from)$/u.test(lower(prep.text)) && headOk(owner.text)) {
        start = owner.start;
        count += 3;
        continue;
      }
      start = u.start;
      break;
    }
    if (/[’']s$/u.test(u.text) && isCap(u.text)) { start = u.start; break; }
    if (/^(?:of|for)$/u.test(lu)) {
      const owner = tokBefore(text, u.start);
      if (!owner?.word || !headOk(owner.text)) break;
      start = owner.start;
      count += 2;
      continue;
    }
    if (isCap(u.text) ? stopWord(u.text) || u.text === 'I' : STOP.has(lu) || ADVERBS.has(lu)) break;
    start = u.start;
    count++;
  }
  return phrase(text, start, end, null);
}

/** The speaker phrase right after a position: "said a senior official, speaking …", "according to him". */
export function objectAfter(text: string, pos: number): NounPhrase | null {
  const first = tokAfter(text, pos);
  if (!first?.word) return null;
  const lf = lower(first.text);
  const pro = PRONOUNS[lf];
  if (pro) return phrase(text, first.start, first.end, pro);
  let end = -1;
  let at = pos;
  let lastHead = -1;
  for (let n = 0; n < 9; n++) {
    const t = tokAfter(text, at);
    if (!t?.word) break;
    const lt = lower(t.text);
    if (n === 0 && (DEFINITE.has(lt) || INDEFINITE.has(lt))) { at = t.end; continue; }
    if (/^(?:of|for|at|from)$/u.test(lt) && lastHead >= 0) {
      const nx = tokAfter(text, t.end);
      if (nx?.word && (isCap(nx.text) || lower(nx.text) === 'the')) {
        at = nx.word && lower(nx.text) === 'the' ? nx.end : t.end;
        continue;
      }
      break;
    }
    if (isCap(t.text) ? stopWord(t.text) : STOP.has(lt)) break;
    at = t.end;
    end = t.end;
    if (headOk(t.text)) lastHead = t.end;
  }
  if (end < 0 || lastHead < 0) return null;
  return phrase(text, first.start, lastHead, null);
}

/** Every reporting clause of a masked sentence, in order. */
export function findClauses(text: string, re: RegExp = REPORTING_RE): Clause[] {
  const out: Clause[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const verb = m[0].toLowerCase();
    const verbStart = m.index;
    let verbEnd = m.index + m[0].length;
    let np: NounPhrase | null = null;
    let role: Clause['role'] = 'bare';
    const rest = text.slice(verbEnd, verbEnd + 12);
    if (verb === 'according to' || verb === 'in the words of') {
      np = objectAfter(text, verbEnd);
      role = 'object';
    } else if (PARTICIPLE_SET.has(verb)) {
      if (/\bas\s+$/u.test(text.slice(Math.max(0, verbStart - 4), verbStart))) continue; // "quoted X as saying"
    } else if ((verb === 'quoted' && !/^\s+as\s+saying/u.test(rest) && !/^\s+by\b/u.test(rest)) ||
      (verb === 'cited' && /^\s+(?:[\p{L}.’'-]+\s+){1,4}as\s+saying\b/u.test(text.slice(verbEnd, verbEnd + 60)))) {
      np = objectAfter(text, verbEnd); // "RIA quoted Peskov as saying", "the ministry cited Wang as saying"
      role = 'object';
    } else if (PASSIVE_SET.has(verb) && /^\s+(?:by|in)\s/u.test(rest)) {
      const by = /^\s+by\s/u.test(rest);
      const openerOnly = /^[\s\p{P}]*$/u.test(text.slice(0, verbStart));
      // "provided by the Pentagon" anywhere; "reported in the Security Council" only as a whole attribution line.
      if (by || openerOnly) {
        verbEnd += (/^\s+\S+/u.exec(rest)?.[0].length ?? 0);
        np = objectAfter(text, verbEnd);
        role = 'object';
      }
    }
    // "Russia provided weapons": a passive-only verb reports nothing without its "by"/"in" agent.
    if (role === 'bare' && PASSIVE_SET.has(verb) && !FINITE_SET.has(verb)) continue;
    if (role === 'bare' && !PARTICIPLE_SET.has(verb) && verb !== 'according to') {
      np = subjectBefore(text, verbStart);
      if (np) role = 'subject';
      else if (/(?:^|[,:\u2014\u2013”"»’-])\s*$/u.test(text.slice(Math.max(0, verbStart - 3), verbStart)) || verbStart === 0) {
        np = objectAfter(text, verbEnd); // '"…," said Blinken'
        if (np) role = 'object';
      }
    }
    // "it said in the communication of the government spokesman", "is said in the communique of the department"
    // (translated readouts): the document's author speaks.
    if ((role === 'bare' || np?.pronoun === 'it') && (verb === 'said' || verb === 'stated')) {
      const doc = IN_DOCUMENT_OF.exec(text.slice(verbEnd, verbEnd + 80));
      const author = doc ? objectAfter(text, verbEnd + doc[0].length) : null;
      if (author) {
        const lead = /(?:\b(?:it|as)\s+)?(?:(?:is|was|has been)\s+)?$/u.exec(text.slice(Math.max(0, verbStart - 16), verbStart));
        out.push({ verb, verbStart, verbEnd, role: 'object', np: author, start: verbStart - (lead?.[0].length ?? 0) });
        continue;
      }
    }
    out.push({ verb, verbStart, verbEnd, role, np });
  }
  return out;
}
