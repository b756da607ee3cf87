// Role mentions that stand for a person named earlier: "the minister", "the US Secretary of State",
// "the secretary of the Russian Security Council".
import type { Sentence } from '../types.js';
import { isCapitalised, isNameWord, type Token } from './names.js';
import { roleNationality } from './titles.js';
import { FUNCTION_WORDS, NAME_PARTICLES, NATIONALITY_WORDS, ORG_WORDS, PLACES, ROLE_HEADS, ROLE_MODIFIERS, nationalityOf } from './vocabulary.js';

export interface RoleMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** "the minister" (definite), "Canada's trade minister" (possessive), "a Republican senator" (indefinite). */
  kind: 'definite' | 'possessive' | 'indefinite';
  /** "the President", "the Chancellor": a capitalised head alone, house style for one fixed person of the article. */
  bare: boolean;
  /** "The President of the Republic", "the Head of State": the article's own principal, not a foreign one. */
  generic: boolean;
  /** The office a periphrasis names ("the head of Polish diplomacy" → "Polish foreign minister"), matched instead of the text. */
  office?: string;
}

/**
 * Periphrases for an office, common in readouts and translated text: "the head of Polish diplomacy", "the Polish
 * head of state", "the head of the Italian government", "Germany's top diplomat". Each gives the office it names;
 * the country word, when there is one, must be a nationality or a country.
 */
const PERIPHRASES: [RegExp, string][] = [
  [/\b[Tt]he\s+head\s+of\s+(?:the\s+)?(?:(\p{Lu}\p{L}+)\s+)?diplomacy\b/gu, 'foreign minister'],
  [/\b(?:[Tt]he\s+(?:(\p{Lu}\p{L}+)\s+)?|(\p{Lu}\p{L}+)[’']s\s+)top\s+diplomat\b/gu, 'foreign minister'],
  [/\b[Tt]he\s+(?:(\p{Lu}\p{L}+)\s+)?[Hh]ead\s+of\s+(?:the\s+)?[Ss]tate\b/gu, 'president'],
  [/\b[Tt]he\s+(?:(\p{Lu}\p{L}+)\s+)?[Hh]ead\s+of\s+(?:the\s+)?(?:(\p{Lu}\p{L}+)\s+)?[Gg]overnment\b/gu, 'prime minister'],
];

/** Office periphrases not followed by the name they describe ("the head of Polish diplomacy, Radosław Sikorski"). */
export function findPeriphrases(sentences: readonly Sentence[]): RoleMention[] {
  const out: RoleMention[] = [];
  sentences.forEach((sentence, s) => {
    const text = sentence.text;
    if (!/diplomacy|diplomat|[Hh]ead of/u.test(text)) return;
    for (const [re, office] of PERIPHRASES) {
      for (const m of text.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (/^\s*,?\s*\p{Lu}/u.test(text.slice(end, end + 3))) continue;
        const country = m.slice(1).find((g) => g !== undefined);
        if (country !== undefined && !nationalityOf(country)) continue;
        out.push({ sentence: s, start, end, text: m[0], kind: 'definite', bare: false, generic: false, office: country ? `${country} ${office}` : office });
      }
    }
  });
  return out;
}

/** Complements that name no country: "of the Republic", "of the Government". */
const GENERIC_OF = new Set(['republic', 'federation', 'government', 'kingdom', 'confederation', 'nation', 'country']);

/** Heads that name a group or a vague source, never one earlier person ("the official" is anyone). */
const VAGUE = new Set(['official', 'officials', 'source', 'expert', 'analyst', 'diplomat', 'representative', 'spokesman',
  'spokeswoman', 'spokesperson', 'aide', 'leaders', 'ministers', 'presidents', 'counterpart', 'counterparts', 'head']);

const isMod = (t: Token): boolean => !t.punct && (ROLE_MODIFIERS.has(t.lower) || NATIONALITY_WORDS.has(t.lower) ||
  (isCapitalised(t.word) && (ORG_WORDS.has(t.lower) || PLACES.has(t.lower))));

const isPortfolioWord = (t: Token): boolean => !t.punct && !isCapitalised(t.word) && t.word.length > 3 && !FUNCTION_WORDS.has(t.lower);

/** Commas and portfolio words ("of the Cooperation and of the …") up to an honorific and a name. */
const TITLE_RUNS_ON = /^(?:,\s*(?:(?:of|and|for|the)\s+|\p{Lu}[\p{L}’'-]*\s*)+){1,4},\s*(?:Mr|Mrs|Ms|Dr|H\.\s?E|Sheikh|Sir|Madam)\.?\s+\p{Lu}/u;

/** Find "the <modifiers> <role head> [of the <organisation>]" phrases not followed by a name. */
export function findRoleMentions(sentences: readonly Sentence[], tokens: readonly Token[][]): RoleMention[] {
  const out: RoleMention[] = [];
  sentences.forEach((sentence, s) => {
    const toks = tokens[s] ?? [];
    for (let i = 0; i < toks.length; i++) {
      const t0 = toks[i] as Token;
      // "Canada's trade minister", "Ukraine's energy minister"; "A Republican senator from Nebraska said" in a lead.
      const kind = t0.lower === 'the' ? 'definite' : t0.poss && (NATIONALITY_WORDS.has(t0.lower) || PLACES.has(t0.lower)) ? 'possessive'
        : (t0.lower === 'a' || t0.lower === 'an') && s < 2 && i < 3 ? 'indefinite' : null;
      if (!kind) {
        if (i === 0 || OPENS_CLAUSE.has(toks[i - 1]?.lower ?? '')) {
          const alone = titleAlone(sentence.text, toks, s, i);
          if (alone) out.push(alone);
        }
        continue;
      }
      let j = i + 1;
      // "Norway's fisheries minister": after a country's possessive, a plain word or two may name the portfolio.
      let plain = kind === 'definite' ? 0 : 2;
      while (j < toks.length && !ROLE_HEADS.has(toks[j]?.lower ?? '') &&
        (isMod(toks[j] as Token) || plain-- > 0 && isPortfolioWord(toks[j] as Token))) j++;
      // Several heads may stack ("Secretary General"); take the last.
      let h = j;
      while (h < toks.length && ROLE_HEADS.has(toks[h]?.lower ?? '')) h++;
      if (h === j) continue;
      // "the Deputy Prime Minister", "the Vice Foreign Minister": a head that modifies more of the title after it.
      for (let k = h; k < toks.length && isMod(toks[k] as Token) && !ROLE_HEADS.has(toks[k]?.lower ?? ''); ) {
        k++;
        if (ROLE_HEADS.has(toks[k]?.lower ?? '')) { h = k; while (h < toks.length && ROLE_HEADS.has(toks[h]?.lower ?? '')) h++; break; }
      }
      const head = toks[h - 1] as Token;
      if (VAGUE.has(head.lower)) continue;
      let end = h;
      let generic = false;
      // "the secretary of the Russian Security Council", "the Minister of Defence of Japan"
      while (toks[end]?.lower === 'of') {
        let k = end + 1;
        if (toks[k]?.lower === 'the') k++;
        const m0 = k;
        while (k < toks.length && isMod(toks[k] as Token)) k++;
        if (k === m0) break;
        if (k === m0 + 1 && GENERIC_OF.has(toks[m0]?.lower ?? '') && !isNameWord(toks[k] ?? head)) generic = true;
        end = k;
      }
      const next = toks[end];
      if (next && (isNameWord(next) || next.word === ',' && kind !== 'definite')) continue; // a title before a name
      // "The Minister of Foreign Affairs, of the African Cooperation and of the Moroccans Residing Abroad, Mr. B": a
      // title whose portfolio runs on in commas before the honorific and name it belongs to.
      if (next?.word === ',' && TITLE_RUNS_ON.test(sentence.text.slice(next.start, next.start + 200))) continue;
      if (kind === 'indefinite' && !/^(?:said|says|told|has|had|was|who)$/u.test(next?.lower ?? '') && next?.lower !== 'from') continue;
      const last = toks[end - 1] as Token;
      const start = t0.start;
      const bare = kind === 'definite' && h === i + 2 && end === h && isCapitalised(head.word);
      out.push({ sentence: s, start, end: last.end, text: sentence.text.slice(start, last.end), kind, bare, generic: generic && kind === 'definite' });
      i = end - 1;
    }
  });
  return out;
}

/**
 * Where an article-less title may open a clause: after punctuation ("As you are aware, Prime Minister had …") or a
 * joining word ("a call between Prime Minister and President Xi"). After other words a capitalised title is part of
 * a longer name or title ("Pakistan Prime Minister Shehbaz Sharif").
 */
const OPENS_CLAUSE = new Set([',', ':', ';', '(', '–', '—', 'and', 'between', 'with', 'by', 'that', 'when', 'while', 'as', 'after', 'before', 'where']);

/**
 * "Prime Minister had a telephone conversation with …", "President said …": house style of some readouts and
 * briefings (and of translation from languages without articles), a capitalised title with no article and no name
 * opening a clause, for the house's own office-holder.
 */
function titleAlone(text: string, toks: readonly Token[], s: number, from: number): RoleMention | null {
  let j = from;
  while (j < toks.length && !toks[j]?.punct && isCapitalised(toks[j]?.word ?? '') && (ROLE_MODIFIERS.has(toks[j]?.lower ?? '') || ROLE_HEADS.has(toks[j]?.lower ?? ''))) j++;
  const head = toks[j - 1];
  const next = toks[j];
  if (!head || !ROLE_HEADS.has(head.lower) || VAGUE.has(head.lower) || !next || next.punct || isCapitalised(next.word) || next.lower === 'of' || NAME_PARTICLES.has(next.word)) return null;
  const start = toks[from]?.start ?? 0;
  return { sentence: s, start, end: head.end, text: text.slice(start, head.end), kind: 'definite', bare: true, generic: false };
}

const words = (s: string): string[] => s.toLowerCase().replace(/[’']s\b/gu, '').split(/[^\p{L}.]+/u).filter(Boolean);

const roleMemo = new Map<string, boolean>();

/** True when a role mention ("the Russian minister") fits a person's role ("Russian Defense Minister"). */
export function matchesRole(mention: string, role: string): boolean {
  const key = `${mention}\u0000${role}`;
  const hit = roleMemo.get(key);
  if (hit !== undefined) return hit;
  // "Deputy Prime Minister and Minister of Foreign Affairs": either office names the person.
  const r = computeMatch(mention, role) || (role.includes(' and ') && role.split(/ and (?=\p{Lu})/u).some((part) => part !== role && computeMatch(mention, part)));
  if (roleMemo.size > 20_000) roleMemo.clear();
  roleMemo.set(key, r);
  return r;
}

/** Words that make a title another office than the bare head: a lesser rank, or "prime" for a minister. */
const OTHER_OFFICE = ['deputy', 'vice', 'under', 'assistant', 'former', 'shadow', 'prime'];

function computeMatch(mention: string, role: string): boolean {
  const m = words(mention).filter((w) => w !== 'the' && w !== 'of' && w !== 'this' && w !== 'that');
  const r = new Set(words(role));
  // The heads must stand in the role's own title, not in its complement: "Spokesperson for the Secretary-General"
  // and "Adviser to the President" are not "the Secretary-General" or "the President".
  const own = new Set(words(role.split(/\s(?:for|to|of)\s/iu)[0] ?? role));
  const heads = m.filter((w) => ROLE_HEADS.has(w));
  if (heads.length === 0 || !heads.every((h) => own.has(h))) return false;
  // "the Secretary" is not "Deputy Secretary Landau", "the President" not the Vice-President, "the minister" not the
  // Prime Minister: a word the mention leaves out names another office.
  if (OTHER_OFFICE.some((w) => r.has(w) && !m.includes(w))) return false;
  const nat = roleNationality(mention);
  if (nat && nat !== roleNationality(role)) return false;
  return m.filter((w) => ROLE_MODIFIERS.has(w) && !NATIONALITY_WORDS.has(w)).every((w) => r.has(w));
}
