// Organisations named without a head word ("Nordvind", "Barclays", "Frontex"), known as such only from a cue around
// them: "turbine maker Nordvind", "Nordvind chief executive …", "Shares in Nordvind", "Nordvind, the Danish turbine
// maker,", "Acme Corp". A later "the company said" then takes the latest one of its kind. Conservative: no cue, no org.
import type { Sentence } from '../types.js';
import type { ArticleContext } from './context.js';
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
/** Words after a company's name: "Nordvind chief executive …", "Nordvind’s CEO", "Nordvind shares". */
const COMPANY_WORDS = 'chief executive|chief financial officer|chief operating officer|CEO|CFO|COO|chairman|chairwoman|founder|co-founder|shares|Shares|shareholders|boss';
/** Legal forms that end a company's name: "Acme Corp", "Halden ASA", "Adani Group". */
const SUFFIXES = 'Inc|Ltd|Limited|plc|PLC|AG|SA|ASA|AB|GmbH|Corp|Corporation|LLC|NV|SE|SpA|Holdings|Group';
/**
 * Every cue in a paragraph, in one scan (no Unicode flag, so the engine runs fast); the name is then read in a short
 * window next to each hit, so the costly name patterns never scan the whole text.
 */
const HIT = new RegExp(`\\b(?:(${CUES})|(${COMPANY_WORDS})|(${SUFFIXES}))\\b`, 'g');
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&’'.-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}&’'.-]*|&)){0,2}`;
/** "turbine maker Nordvind": the name right after a cue word. */
const NAME_NEXT = new RegExp(`^[ \\t]+(${NAME})`, 'u');
/** "Nordvind, the Danish turbine maker": the name before an apposition that ends in the cue word. */
const NAME_APPOSED = new RegExp(`(${NAME}),[ \\t]+(?:the|a|an)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,3}$`, 'u');
/** "Nordvind chief executive", "Acme Corp": the name right before the hit. */
const NAME_BEFORE = new RegExp(`(${NAME})(?:[’']s)?[ \\t]+$`, 'u');
/** "Shares in Nordvind". */
const NAME_SHARES = new RegExp(`^[ \\t]+(?:in|of)[ \\t]+(${NAME})`, 'u');
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

/** Names the article shows to be organisations, with their kind: one scan of every paragraph. */
export function findCueOrgs(paragraphs: readonly string[], isPersonWord: (w: string) => boolean): Map<string, string> {
  // isPersonWord is only asked when a cue matched: callers may build its word list lazily.
  const found = new Map<string, string>();
  const add = (raw: string | undefined, cls: string, suffix = ''): void => {
    const clean = raw ? cleanName(raw, isPersonWord) : null;
    const name = clean && suffix ? `${clean} ${suffix}` : clean;
    if (name && !found.has(name)) found.set(name, cls);
  };
  for (const text of paragraphs) {
    HIT.lastIndex = 0;
    for (let m = HIT.exec(text); m; m = HIT.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 120), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      if (m[1]) {
        const cls = CUE_CLASS[m[1]] ?? 'company';
        add(NAME_NEXT.exec(after)?.[1], cls);
        if (before.includes(',')) add(NAME_APPOSED.exec(before)?.[1], cls);
      } else if (m[2]) {
        if (m[2] === 'Shares' || m[2] === 'shares') add(NAME_SHARES.exec(after)?.[1], 'company');
        if (m[2] !== 'Shares') add(NAME_BEFORE.exec(before)?.[1], 'company');
      } else if (m[3]) {
        add(NAME_BEFORE.exec(before)?.[1], m[3] === 'Group' ? 'group' : 'company', m[3]);
      }
    }
  }
  return found;
}

export interface CueOrg { name: string; head: string; at: number }

/** Cue-named organisations of one article, found on first use: most articles never need them. */
export interface CueOrgIndex {
  /** The kind of a name the article showed to be an organisation ("company"), or undefined. */
  kindOf(name: string): string | undefined;
  /** The latest mention, before a position (sentence × 1e6 + offset), of an organisation whose kind fits. */
  latestBefore(at: number, fits: (kind: string) => boolean): CueOrg | null;
}

export function createCueOrgIndex(ctx: ArticleContext): CueOrgIndex {
  return new ArticleCueOrgs(ctx);
}

class ArticleCueOrgs implements CueOrgIndex {
  private names: Map<string, string> | null = null;
  private mentions: CueOrg[] = [];
  private readonly asked = new Map<string, string | null>();

  constructor(private readonly ctx: ArticleContext) {}

  kindOf(name: string): string | undefined {
    // One name is looked up where it stands; the whole-article scan waits for "the company said".
    if (this.names) return this.names.get(name);
    let k = this.asked.get(name);
    if (k === undefined) this.asked.set(name, (k = kindAround(this.ctx.article.paragraphs, name)));
    return k ?? undefined;
  }

  latestBefore(at: number, fits: (kind: string) => boolean): CueOrg | null {
    this.load();
    let best: CueOrg | null = null;
    for (const m of this.mentions) {
      if (m.at >= at) break;
      if (fits(m.head)) best = m;
    }
    return best;
  }

  private load(): void {
    if (this.names) return;
    const people = this.ctx.people.people;
    let personWords: Set<string> | null = null;
    this.names = findCueOrgs(this.ctx.article.paragraphs, (w) => {
      personWords ??= new Set(people.flatMap((p) => [p.name, ...p.aliases]).flatMap((n) => n.split(/\s+/u)));
      return personWords.has(w);
    });
    if (this.names.size > 0) this.mentions = findMentions(this.ctx, this.names);
  }
}

const CUE_NEAR = new RegExp(`\\b(${CUES})[ \\t]+(?:\\p{Lu}[\\p{L}\\p{N}&’'.-]*[ \\t]+){0,2}$`, 'u');
const COMPANY_NEXT = new RegExp(`^(?:[’']s)?[ \\t]+(?:${COMPANY_WORDS})\\b`, 'u');
const APPOSITION_NEXT = new RegExp(`^,[ \\t]+(?:the|a|an)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,3}?(${CUES})\\b`, 'u');
const isWordChar = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);

/** The kind a cue next to a mention of the name gives ("turbine maker Nordvind"), or null: indexOf, short windows. */
function kindAround(paragraphs: readonly string[], name: string): string | null {
  for (const text of paragraphs) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const end = i + name.length;
      if (isWordChar(text[i - 1]) || isWordChar(text[end])) continue;
      const before = text.slice(Math.max(0, i - 40), i);
      const after = text.slice(end, end + 60);
      const cue = CUE_NEAR.exec(before)?.[1] ?? (after.startsWith(',') ? APPOSITION_NEXT.exec(after)?.[1] : undefined);
      if (cue) return CUE_CLASS[cue] ?? 'company';
      if (/[Ss]hares (?:in|of)[ \t]+$/u.test(before) || COMPANY_NEXT.test(after)) return 'company';
    }
  }
  return null;
}

/** Every mention of the known names, in text order, with its sentence position: one regex pass per paragraph. */
function findMentions(ctx: ArticleContext, names: ReadonlyMap<string, string>): CueOrg[] {
  const alts = [...names.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const out: CueOrg[] = [];
  let si = 0;
  ctx.article.paragraphs.forEach((text, pi) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // Sentences are in text order: the pointer only moves forward.
      while (si + 1 < ctx.sentences.length) {
        const next = ctx.sentences[si + 1] as Sentence;
        if (next.paragraph < pi || (next.paragraph === pi && next.start <= m.index)) si++;
        else break;
      }
      const s = ctx.sentences[si];
      if (s?.paragraph !== pi) continue;
      out.push({ name: m[0], head: names.get(m[0]) ?? 'company', at: s.index * 1e6 + (m.index - s.start) });
    }
  });
  return out;
}
