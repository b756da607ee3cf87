// Organisations named without a head word ("Nordvind", "Barclays", "Frontex"), known as such only from a cue around
// them: "turbine maker Nordvind", "Nordvind chief executive …", "Shares in Nordvind", "Nordvind, the Danish turbine
// maker,", "Acme Corp". A later "the company said" then takes the latest one of its kind. Conservative: no cue, no org.
import type { OrgMention } from './quote-orgs.js';
import { DEFINITE, INDEFINITE, PLACE_ADJECTIVES, SPEAKER_NOUNS, STOP } from './quote-verbs.js';

const functionWord = (w: string): boolean => {
  const l = w.toLowerCase();
  return STOP.has(l) || DEFINITE.has(l) || INDEFINITE.has(l);
};

/** The kind a cue word gives: "the company"/"the firm" take companies, "the bank" banks, "the agency" agencies. */
const CUE_CLASS: Readonly<Record<string, string>> = {
  company: 'company', firm: 'company', maker: 'company', manufacturer: 'company', producer: 'company',
  carmaker: 'company', automaker: 'company', chipmaker: 'company', drugmaker: 'company', retailer: 'company',
  airline: 'company', operator: 'company', insurer: 'company', conglomerate: 'company', giant: 'company',
  startup: 'company', 'start-up': 'company', supplier: 'company', developer: 'company', miner: 'company',
  utility: 'company', broadcaster: 'company', lender: 'bank', bank: 'bank', group: 'group', agency: 'agency',
  regulator: 'agency', watchdog: 'agency',
};
const CUES = Object.keys(CUE_CLASS).join('|');
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&’'.-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}&’'.-]*|&)){0,2}`;
/** "turbine maker Nordvind", "the Danish company Nordvind", "EU border agency Frontex". */
const BEFORE = new RegExp(String.raw`\b(${CUES})[ \t]+(${NAME})`, 'gu');
/** "Nordvind chief executive …", "Nordvind’s CEO", "Nordvind shares". */
const COMPANY_AFTER = new RegExp(String.raw`(${NAME})(?:[’']s)?[ \t]+(?:chief executive|chief financial officer|chief operating officer|CEO|CFO|COO|chairman|chairwoman|founder|co-founder|shares|shareholders|boss)\b`, 'gu');
/** "Shares in Nordvind", "shares of Nordvind". */
const SHARES_IN = new RegExp(String.raw`\b[Ss]hares (?:in|of)[ \t]+(${NAME})`, 'gu');
/** "Nordvind, the Danish turbine maker," / "Frontex, the EU border agency". */
const APPOSITION = new RegExp(String.raw`(${NAME}),[ \t]+(?:the|a|an)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(${CUES})\b`, 'gu');
/** "Acme Corp", "Halden ASA", "Adani Group": a legal form ends the name. */
const SUFFIXED = /(\p{Lu}[\p{L}\p{N}&’'.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&’'.-]*){0,2})[ \t]+(Inc|Ltd|Limited|plc|PLC|AG|SA|ASA|AB|GmbH|Corp|Corporation|LLC|NV|SE|SpA|Holdings|Group)\b/gu;
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** A run of capitalised words that can name an organisation: no function word, weekday, place or person. */
function cleanName(raw: string, isPersonWord: (w: string) => boolean): string | null {
  const words = raw.replace(/[’']s$/u, '').split(/[ \t]+/u);
  // "The Nordvind chief executive", "the Danish company Nordvind In …": no function word at either end.
  while (words.length > 0 && functionWord(words[0] as string)) words.shift();
  const cut = words.findIndex((w, i) => i > 0 && functionWord(w));
  const kept = (cut > 0 ? words.slice(0, cut) : words).map((w) => w.replace(/[.,]$/u, ''));
  const name = kept.join(' ');
  // Titles and head words ("Governor", "Ministry") belong to people and to organisations found by their head word.
  if (name.length < 2 || kept.some((w) => CALENDAR.test(w) || isPersonWord(w) || SPEAKER_NOUNS.has(w.toLowerCase()))) return null;
  if (PLACE_ADJECTIVES[name.toLowerCase()] || Object.values(PLACE_ADJECTIVES).includes(name)) return null;
  return name;
}

/** Names the article shows to be organisations, with their kind: one pass over every paragraph. */
export function findCueOrgs(paragraphs: readonly string[], isPersonWord: (w: string) => boolean): Map<string, string> {
  const found = new Map<string, string>();
  const add = (raw: string | undefined, cls: string, suffix = ''): void => {
    const clean = raw ? cleanName(raw, isPersonWord) : null;
    const name = clean && suffix ? `${clean} ${suffix}` : clean;
    if (name && !found.has(name)) found.set(name, cls);
  };
  for (const text of paragraphs) {
    for (const m of text.matchAll(BEFORE)) add(m[2], CUE_CLASS[m[1] ?? ''] ?? 'company');
    for (const m of text.matchAll(COMPANY_AFTER)) add(m[1], 'company');
    for (const m of text.matchAll(SHARES_IN)) add(m[1], 'company');
    for (const m of text.matchAll(APPOSITION)) add(m[1], CUE_CLASS[m[2] ?? ''] ?? 'company');
    for (const m of text.matchAll(SUFFIXED)) add(m[1], m[2] === 'Group' ? 'group' : 'company', m[2]);
  }
  return found;
}

/** Every mention of the known names in a paragraph, in order: one regex over the paragraph. */
export function cueOrgMentions(text: string, names: ReadonlyMap<string, string>, re: RegExp | null): OrgMention[] {
  if (!re || names.size === 0) return [];
  const out: OrgMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ name: m[0], head: names.get(m[0]) ?? 'company', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** One alternation of the names, longest first, whole words only. */
export function cueOrgPattern(names: ReadonlyMap<string, string>): RegExp | null {
  if (names.size === 0) return null;
  const alts = [...names.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}
