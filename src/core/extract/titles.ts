// Roles around a name: pre-name titles ("Russian Defense Minister Sergei Shoigu") and appositions
// ("Nikolai Patrushev, Secretary of the Russian Security Council,").
import { isCapitalised, type Token } from './names.js';
import {
  INSTITUTIONS, NAME_STYLES, NAME_TITLES, NATIONALITY_WORDS, ORG_WORDS, PLACES, ROLE_HEADS, ROLE_MODIFIERS, TIME_WORDS, nationalityOf,
} from './vocabulary.js';

const CONNECTORS = new Set(['of', 'the', 'to', 'for', 'and', 'on', 'in', '-', '&']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);

/** True for a word that can be part of a role phrase; a day or month word never is ("Yesterday Secretary Reyes"). */
function isRoleWord(t: Token): boolean {
  if (t.punct) return t.word === '-';
  const l = t.lower;
  if (TIME_WORDS.has(l)) return false;
  if (ROLE_HEADS.has(l) || NAME_TITLES.has(l) || ROLE_MODIFIERS.has(l) || NATIONALITY_WORDS.has(l) || compoundHead(l)) return true;
  // Capitalised organisations and places inside titles: "Pentagon spokesman", "Ambassador to Russia".
  return isCapitalised(t.word) && (ORG_WORDS.has(l) || PLACES.has(l) || /^\p{Lu}[\p{Lu}.]+$/u.test(t.word));
}

const isHead = (t: Token): boolean => !t.punct && (ROLE_HEADS.has(t.lower) || compoundHead(t.lower) || (NAME_TITLES.has(t.lower) &&
  !ROLE_MODIFIERS.has(t.lower) && !/^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady)\.?$/u.test(t.lower)));

/** "CDU-chief", "Commander-in-Chief", "party-leader": a hyphenated word whose last part is a role head. */
export function compoundHead(lower: string): boolean {
  const i = lower.lastIndexOf('-');
  return i > 0 && ROLE_HEADS.has(lower.slice(i + 1));
}

const FUNCTION = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'who', 'which', 'that', 'said', 'says', 'told', 'has', 'had',
  'was', 'is', 'will', 'would', 'also', 'then', 'in', 'on', 'at', 'by', 'with', 'from', 'after', 'before']);
/** A plain lower-case word that may name a portfolio inside a role ("foreign policy chief", "mission chief"). */
const isPortfolio = (t: Token): boolean => !t.punct && !isCapitalised(t.word) && t.word.length > 2 && !FUNCTION.has(t.lower) &&
  !t.lower.endsWith('ed') && !t.lower.endsWith('ly');

export interface RoleMatch {
  text: string;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** The role is "his/her ... counterpart": it describes someone relative to another person. */
  possessive: boolean;
}

/** Trim connectors from both ends of a token range. */
function trimRange(tokens: Token[], from: number, to: number): [number, number] {
  while (from < to && CONNECTORS.has(tokens[from]?.lower ?? '')) from++;
  while (to > from && CONNECTORS.has(tokens[to - 1]?.lower ?? '')) to--;
  return [from, to];
}

function slice(text: string, tokens: Token[], from: number, to: number): string {
  const a = tokens[from];
  const b = tokens[to - 1];
  if (!a || !b) return '';
  const raw = text.slice(a.start, b.end + (b.dot && b.word.length <= 3 ? 1 : 0));
  return /\s\s|[\n\t]/.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw.trim();
}

function hasHead(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i] && isHead(tokens[i] as Token)) return true;
  return false;
}

/** The title standing directly before a name that starts at token `nameFrom`. */
export function roleBefore(text: string, tokens: Token[], nameFrom: number): RoleMatch | null {
  // "the UK's trade envoy, Baroness Helen Mirza", "Health Secretary Dr Priya Nandakumar": an honorific belongs to the
  // name; the role stands before it.
  if (nameFrom > 0 && NAME_STYLES.has(tokens[nameFrom - 1]?.lower ?? '') && isCapitalised(tokens[nameFrom - 1]?.word ?? '')) {
    return roleBefore(text, tokens, nameFrom - 1);
  }
  // "the Prime Minister of Fiji, the Hon Sitiveni Rabuka", "…, His Highness Prince Faisal": a style of address
  // after the comma belongs to the name too.
  const style = STYLE_OPENER.has(tokens[nameFrom - 2]?.lower ?? '') && STYLE.has(tokens[nameFrom - 1]?.lower ?? '') ? nameFrom - 2 : -1;
  if (style > 0 && tokens[style - 1]?.word === ',') return roleBefore(text, tokens, style);
  // "the Deputy Prime Minister and Foreign Minister, Senator Mohammad Ishaq Dar": a style after the comma is the
  // name's; the office before the comma is the role.
  if (tokens[nameFrom - 2]?.word === ',' && STYLE_AFTER_OFFICE.has(tokens[nameFrom - 1]?.lower ?? '')) {
    const office = roleBefore(text, tokens, nameFrom - 1);
    if (office) return office;
  }
  let from = nameFrom;
  // "his Ukrainian counterpart, Oleksiy Reznikov", "The Minister of Foreign Affairs, Thérèse Mbuyi": a role set
  // off by a comma right before the name, opened by a determiner.
  if (tokens[nameFrom - 1]?.word === ',') {
    const owned = possessedRole(text, tokens, nameFrom - 1);
    if (owned) return owned;
    const r = roleBefore(text, tokens, nameFrom - 1);
    if (r && (/^(?:his|her|their|its|the|a|an|by|with|to|from|of|and)$/u.test(tokens[r.from - 1]?.lower ?? '') || tokens[r.from]?.poss)) return r;
    return headOfPhrase(text, tokens, nameFrom - 1);
  }
  let joined = false;
  while (from > 0) {
    const t = tokens[from - 1];
    if (!t || !isRoleWord(t) && !CONNECTORS.has(t.lower)) break;
    // "Secretary of the Russian Security Council Nikolai Patrushev": "the" only inside the title.
    // "Deputy Prime Minister and Foreign Minister Ishaq Dar": two offices of one person, joined after a head.
    if (t.lower === 'and') {
      if (joined || !ROLE_HEADS.has(tokens[from - 2]?.lower ?? '') || !isCapitalised(tokens[from - 2]?.word ?? '') || !isCapitalised(tokens[from]?.word ?? '')) break;
      joined = true;
    }
    if (t.lower === 'the' && !/^(?:of|to|for)$/u.test(tokens[from - 2]?.lower ?? '')) break;
    from--;
  }
  const [a, b0] = trimRange(tokens, from, nameFrom);
  if (a >= b0 || !hasHead(tokens, a, b0)) return null;
  const b = dropTrailingTitles(tokens, a, b0);
  const possessive = POSSESSIVES.has(tokens[a - 1]?.lower ?? '');
  return { text: expandAbbreviation(slice(text, tokens, a, b)), from: a, to: b0, possessive };
}

/** Styles of address opened by "the" or "his"/"her": "the Hon", "His Excellency", "Her Highness". */
const STYLE_OPENER = new Set(['the', 'his', 'her']);
const STYLE = new Set(['hon', 'hon.', 'honourable', 'honorable', 'excellency', 'highness', 'majesty']);
const RANK = new Set(['gen', 'general', 'maj', 'major', 'lt', 'col', 'colonel', 'adm', 'admiral', 'capt', 'captain',
  'brig', 'brigadier', 'sgt', 'sergeant', 'lieutenant', 'lieutenant-general', 'major-general', 'field', 'marshal']);

const STYLE_AFTER_OFFICE = new Set(['professor', 'prof.', 'senator', 'sen', 'sen.', 'engineer', 'eng', 'eng.']);

/**
 * "health secretary Sir", "Pentagon Press Secretary Maj. Gen.": honorifics and ranks right before the name belong to
 * the name, not to the office, once an office stands before them.
 */
function dropTrailingTitles(tokens: Token[], a: number, b: number): number {
  while (b - 1 > a && NAME_STYLES.has(tokens[b - 1]?.lower ?? '')) b--;
  // "Chief Adviser Professor", "Foreign Minister Senator": a style after a whole office ("US Senator" stays).
  while (b - 1 > a && STYLE_AFTER_OFFICE.has(tokens[b - 1]?.lower ?? '') && hasHead(tokens, a, b - 1)) b--;
  let c = b;
  while (c - 1 > a && RANK.has(tokens[c - 1]?.lower ?? '')) c--;
  return c < b && hasHead(tokens, a, c) ? c : b;
}

const ABBREVIATIONS: Record<string, string> = {
  sen: 'Senator', rep: 'Representative', gov: 'Governor', gen: 'General', adm: 'Admiral', amb: 'Ambassador',
  col: 'Colonel', lt: 'Lieutenant', capt: 'Captain', maj: 'Major', prof: 'Professor',
};
/** "Sen." alone → "Senator": an abbreviated title as the whole role reads better spelt out. */
const expandAbbreviation = (role: string): string => role.length > 5 ? role : ABBREVIATIONS[role.replace(/\.$/u, '').toLowerCase()] ?? role;

/**
 * "the EU's foreign policy chief, Kaja Kallas", "Labour's shadow foreign secretary, Rachel Whitmore", "Their foreign
 * policy spokesman, Jens Albrecht": a head right before the comma, plain portfolio words before it, opened by a
 * determiner or an owner's possessive (with the capitalised words of the owner's name).
 */
function possessedRole(text: string, tokens: Token[], comma: number): RoleMatch | null {
  const head = tokens[comma - 1];
  if (!head || !isHead(head)) return null;
  let a = comma - 1;
  let plain = 0;
  while (a > 0) {
    const t = tokens[a - 1] as Token;
    if (t.poss && isCapitalised(t.word)) {
      a--;
      while (a > 0 && !tokens[a - 1]?.punct && isCapitalised(tokens[a - 1]?.word ?? '') && tokens[a - 1]?.lower !== 'the') a--;
      return { text: slice(text, tokens, a, comma), from: a, to: comma, possessive: false };
    }
    // "the Personal Envoy of the Secretary-General, B": the office whose complement the comma closes.
    if (t.lower === 'the' && a >= 3 && tokens[a - 2]?.lower === 'of' && isHead(tokens[a - 3] as Token)) { a -= 3; continue; }
    if (/^(?:the|his|her|their|its)$/u.test(t.lower)) {
      return a < comma - 1 || ROLE_HEADS.has(head.lower) ? { text: slice(text, tokens, a, comma), from: a, to: comma, possessive: POSSESSIVES.has(t.lower) } : null;
    }
    // "his Senegalese counterpart": an unlisted capitalised adjective counts like a nationality.
    if (isRoleWord(t) || !t.punct && isCapitalised(t.word) || isPortfolio(t) && ++plain <= 3) { a--; continue; }
    return null;
  }
  return null;
}

/**
 * "with the head of the U.N. nuclear watchdog, Rafael Grossi": a determiner, a role head and an "of"-phrase of any
 * words, set off by the comma before the name.
 */
function headOfPhrase(text: string, tokens: Token[], comma: number): RoleMatch | null {
  for (let h = comma - 2; h >= Math.max(1, comma - 9); h--) {
    const t = tokens[h] as Token;
    if (t.punct) return null;
    if (!ROLE_HEADS.has(t.lower) || tokens[h + 1]?.lower !== 'of') continue;
    if (!/^(?:the|his|her|their|its)$/u.test(tokens[h - 1]?.lower ?? '')) return null;
    return { text: slice(text, tokens, h, comma), from: h, to: comma, possessive: false };
  }
  return null;
}

/** An apposition after a name: ", Secretary of the Russian Security Council," or ", adviser to the director of ...". */
export function roleAfter(text: string, tokens: Token[], nameTo: number): RoleMatch | null {
  if (tokens[nameTo]?.word !== ',') return null;
  let from = nameTo + 1;
  if (/^(?:the|a|an)$/u.test(tokens[from]?.lower ?? '')) from++;
  let to = from;
  // "a Ghanaian negotiator for the African Group", "chief executive of NHS Providers", "the International Monetary
  // Fund's mission chief for Kenya": any capitalised word and a few plain ones once a head follows or went before.
  let plain = 0;
  while (to < tokens.length && to - from < 14) {
    const t = tokens[to];
    if (!t || !(isRoleWord(t) || CONNECTORS.has(t.lower) || (t.lower === 'office' || t.lower === 'affairs') ||
      !t.punct && isCapitalised(t.word) || to > from && isPortfolio(t) && ++plain <= 2)) break;
    to++;
  }
  const end = tokens[to];
  if (end && !/^[,.;)]$/u.test(end.word)) return null;
  const [a, b] = trimRange(tokens, from, to);
  if (a >= b || !hasHead(tokens, a, Math.min(b, a + 6))) return null;
  return { text: slice(text, tokens, a, b), from: a, to: b, possessive: false };
}

/** The country a role names ("US Secretary of Defense" → us), or null. */
const nationalityMemo = new Map<string, string | null>();

export function roleNationality(role: string): string | null {
  const hit = nationalityMemo.get(role);
  if (hit !== undefined) return hit;
  const n = computeNationality(role);
  if (nationalityMemo.size > 5_000) nationalityMemo.clear();
  nationalityMemo.set(role, n);
  return n;
}

function computeNationality(role: string): string | null {
  if (/\bUnited States\b/u.test(role)) return 'us';
  const lower = role.toLowerCase();
  for (const [inst, country] of Object.entries(INSTITUTIONS)) if (lower.includes(inst)) return country;
  for (const w of role.split(/[\s-]+/u)) {
    const n = nationalityOf(w.replace(/[’']s$/u, ''));
    if (n) return n;
  }
  return null;
}

/** How informative a role is: a real title with a nationality beats "counterpart" or "official". */
const scoreMemo = new Map<string, number>();

export function roleScore(role: string): number {
  const hit = scoreMemo.get(role);
  if (hit !== undefined) return hit;
  const score = computeScore(role);
  if (scoreMemo.size > 5_000) scoreMemo.clear();
  scoreMemo.set(role, score);
  return score;
}

function computeScore(role: string): number {
  let score = Math.min(role.split(/\s+/u).length, 6);
  if (roleNationality(role)) score += 3;
  if (/\b(?:counterpart|official|officials|voice)\b/iu.test(role)) score -= 6;
  if (/\p{Lu}/u.test(role)) score += 1;
  return score;
}
