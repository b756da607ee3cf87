// People of one article: full names from capitalised spans, roles from titles and appositions, and every surname,
// title + surname and role mention linked to the person it means (the nearest full name before it).
import type { PersonRef, Sentence } from '../types.js';
import type { PeopleIndex, PersonMention } from './context.js';
import { findNameSpans, foldName, foldTranslit, isCapitalised, isInitial, surnameSkeleton, tokenize, withoutAspirates, type NameSpan, type Token } from './names.js';
import { pronounGenders, roleGender, titleGender, type Gender } from './gender.js';
import { findPeriphrases, findRoleMentions, matchesRole, type RoleMention } from './role-mentions.js';
import { roleAfter, roleBefore, roleNationality, roleScore } from './titles.js';
import { NAME_TITLES, ORG_WORDS, ROLE_HEADS, nationalityOf } from './vocabulary.js';

/** What people.ts knows about one person beyond the shared PersonRef. */
export interface PersonInfo {
  ref: PersonRef;
  /** Folded key of first name + surname: one person per key in an article. */
  key: string;
  surnameKey: string;
  nationality: string | null;
  /** Positions of all mentions, in text order: sentence * 1e6 + offset. */
  positions: number[];
}

interface RoleCandidate { text: string; score: number }

/** The article's people plus lookups used by contacts and quotes. */
export interface ArticlePeople extends PeopleIndex {
  infoOf(person: PersonRef): PersonInfo | undefined;
  /** The person mentioned last at or before a position (sentence, offset), optionally excluding some. */
  latestBefore(sentence: number, offset: number, exclude?: readonly PersonRef[]): PersonRef | null;
  tokens(sentence: number): Token[];
  /** 'm' / 'f' from a title ("Ms Holm"), a gendered role ("spokeswoman") or the pronouns used of them; else null. */
  genderOf(person: PersonRef): Gender | null;
  /** The article's principal: the first person its headline names, else the first person of the text. */
  principal(): PersonRef | null;
}


/** Periphrases a house titles its own head with: "the President" is also "the Head of State". */
const HOUSE_OFFICES: Record<string, RegExp> = { president: /^head of state$/iu, 'prime minister': /^head of (?:the )?government$/iu };
const pos = (sentence: number, offset: number): number => sentence * 1e6 + offset;
const sentenceAt = (position: number): number => Math.floor(position / 1e6);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside']);
/** Words before a single capitalised word that make it a place ("in Haiti", "from Ghana", "of Ukraine"). */
const PLACE_BEFORE = new Set([...LOCATIVE, 'of', 'from', 'to', 'across', 'into', 'toward', 'towards', 'the']);
const TITLE_CASE_LOWER = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'with', 'to', 'in', 'on', 'for', 'at', 'by', 'from', 'as', 'vs', 'but', 'nor']);

/** "James S. Brady Press Briefing Room": a name followed by organisation words (and no role) names a thing. */
function namesAnOrganisation(toks: Token[], to: number): boolean {
  const t = toks[to];
  if (!t || t.punct || !isCapitalised(t.word) || !ORG_WORDS.has(t.lower) || toks[to - 1]?.poss) return false;
  for (let i = to; i < toks.length && i < to + 5; i++) {
    const w = toks[i] as Token;
    if (w.punct) break;
    if (ROLE_HEADS.has(w.lower)) return false;
  }
  return true;
}

/** "External Affairs Minister" → "EAM": the initials of a capitalised title whose last word is its head. */
function initialsOf(role: string): string | null {
  const ws = role.split(/\s+/u);
  const last = ws[ws.length - 1]?.toLowerCase() ?? '';
  if (ws.length < 2 || ws.length > 4 || !ROLE_HEADS.has(last) || !ws.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return null;
  return ws.map((w) => w[0]).join('');
}

/** "… of Ghana": a country named right after a name (not a place of residence: "of" only, one word). */
function countryAfter(toks: Token[], to: number): string | null {
  const c = toks[to + 1];
  if (toks[to]?.lower !== 'of' || !c || c.punct || !isCapitalised(c.word) || !nationalityOf(c.word)) return null;
  // "of the Republic of …", "of Ghana's ruling party": only a country standing alone ends the title.
  const next = toks[to + 2];
  return next && !next.punct && isCapitalised(next.word) ? null : c.word;
}
const personTitle = (t: Token | undefined): boolean => !!t && !t.punct && NAME_TITLES.has(t.lower) && isCapitalised(t.word);

/** Find the people of an article and index their mentions. */
export function findPeople(sentences: readonly Sentence[], title = ''): ArticlePeople {
  const tokens = sentences.map((s) => tokenize(s.text));
  const spansOf = tokens.map((toks) => findNameSpans(toks));
  // "in Buenos Aires", "at Camp Rendova": a pair after a place preposition is a place unless the article also uses
  // it elsewhere as a name.
  const elsewhere = new Set<string>();
  // "Espen Barth Eide" … "Barth Eide": the last two words of a longer name are that person, not a new one.
  const tails = new Map<string, string[]>();
  const heads = new Map<string, string[] | null>();
  spansOf.forEach((spans, s) => {
    for (const sp of spans) {
      if (sp.core.length > 1 && !LOCATIVE.has(tokens[s]?.[sp.from - 1]?.lower ?? '')) elsewhere.add(sp.core.join(' '));
      if (sp.core.length > 2) tails.set(sp.core.slice(-2).join(' '), sp.core);
      // "Claudia Sheinbaum Pardo" … "Claudia Sheinbaum": a name and the same name with a second surname after it.
      if (sp.core.length === 3) {
        const head = sp.core.slice(0, 2).join(' ');
        const had = heads.get(head);
        heads.set(head, had === undefined || had?.join(' ') === sp.core.join(' ') ? sp.core : null);
      }
    }
  });
  const byKey = new Map<string, PersonInfo>();
  const roles = new Map<PersonInfo, RoleCandidate[]>();
  const spellings = new Map<PersonInfo, Map<string, number>>();
  const aliases = new Map<PersonInfo, Set<string>>();
  const mentions: PersonMention[][] = sentences.map(() => []);
  /** Surnames used alone; `text` is the span as written ("von der Leyen"), `from` where a title before it starts. */
  const singles: { s: number; start: number; end: number; from: number; word: string; text: string; titled: string | null; apposition: string | null; title: string | null; roleTitle: string | null; before: string }[] = [];
  const counterparts: { info: PersonInfo; s: number; start: number; role: string }[] = [];
  const fullGenders = new Map<PersonInfo, Gender>();

  const sameGiven = (first: string, surnameKey: string): PersonInfo | undefined => {
    for (const info of byKey.values()) {
      if (info.surnameKey !== surnameKey) continue;
      const other = info.key.slice(0, info.key.indexOf(' '));
      // Five letters alike after transliteration folding: Olexander/Oleksandr, not Alexander/Alexei.
      if (first.length >= 5 && other.length >= 5 && other.slice(0, 5) === first.slice(0, 5)) return info;
      // An aspirate written or not (Vijita/Vijitha, Sidharth/Siddharth): the same given name.
      if (first.length >= 3 && first !== other && withoutAspirates(first) === withoutAspirates(other)) return info;
    }
    return undefined;
  };
  const titleTokens = title ? tokenize(title) : [];
  // Headlines in Title Case capitalise verbs too ("Wang Yi Holds Phone Talks"): there only names the body uses count.
  // Title Case: every lower-case word is a short function word. There a name must also occur in the body (any case:
  // "MS. JEAN-PIERRE:").
  const titleCase = titleTokens.every((t) => t.punct || isCapitalised(t.word) || TITLE_CASE_LOWER.has(t.lower));
  const inBody = (w: string): boolean => {
    const l = w.toLowerCase();
    // Capitalised there too: "Amir Receives Phone Call" is no name because the body speaks of "a phone call".
    return tokens.some((ts) => ts.some((t) => t.lower === l && isCapitalised(t.word)));
  };
  const addSpans = (text0: string, toks: Token[], spans: NameSpan[], s: number): void => {
    for (const span0 of spans) {
      const long = span0.core.length === 2 ? tails.get(span0.core.join(' ')) ?? heads.get(span0.core.join(' ')) ?? undefined : undefined;
      const span = long ? { ...span0, core: long } : span0;
      const text = text0.slice(span.start, span.end);
      if (s < 0 && (span.core.length === 1 || !elsewhere.has(span.core.join(' ')) && (span.core.length > 3 ||
        !(roleBefore(text0, toks, span.from) || roleAfter(text0, toks, span.to)) || titleCase && !inBody(span.core[span.core.length - 1] ?? '')))) continue;
      // "Yi Peng 3", "Apollo 11": a name followed by a number is a ship, a craft or a product.
      if (toks[span.to]?.punct && /^\d/u.test(toks[span.to]?.word ?? '')) continue;
      if (span.core.length === 1) {
        const prev = toks[span.from - 1];
        // "J.Bayramov", "I. Kobakhidze": an initial before a surname makes it a person's name, as a title does.
        const initialled = span.to - span.from >= 2 && toks[span.from] !== undefined && isInitial(toks[span.from] as Token);
        const titled = personTitle(prev) && prev ? text0.slice(prev.start, span.end) : initialled ? text : null;
        const apposition = roleAfter(text0, toks, span.to)?.text ?? null;
        // The whole title before a titled surname is its role ("Prime Minister Starmer" → "Prime Minister").
        const title = titled ? roleBefore(text0, toks, span.from)?.text ?? null : null;
        // "High Representative for Foreign Affairs and Security Policy Kallas": a whole office before a bare surname.
        // The word before it belongs to the title ("Prime Minister of Haiti" names a country, not a Mr Haiti).
        // "his Indonesian counterpart, Sugiono," a one-word name set off by commas after a role is the role's holder
        // (Indonesian and other mononyms): the role counts as its office.
        const next = toks[span.to];
        const commaRole = !titled && s >= 0 && prev?.word === ',' && ROLE_HEADS.has(toks[span.from - 2]?.lower ?? '') &&
          (!next || next.word === ',' || next.word === '.' || next.word === ';')
          ? roleBefore(text0, toks, span.from - 1)?.text ?? toks[span.from - 2]?.word ?? null : null;
        const roleTitle = !titled && s >= 0 && isCapitalised(prev?.word ?? '') ? roleBefore(text0, toks, span.from)?.text ?? null : commaRole;
        singles.push({ s, start: span.start, end: span.end, from: titled && prev ? prev.start : span.start, word: span.core[0] ?? '', text, titled, apposition, title, roleTitle, before: prev?.lower ?? '' });
        continue;
      }
      const before = roleBefore(text0, toks, span.from);
      // "the Siverskyi Donets": a capitalised pair after a bare article is a thing, not a person.
      if (!before && toks[span.from - 1]?.lower === 'the') continue;
      if (!before && LOCATIVE.has(toks[span.from - 1]?.lower ?? '') && !elsewhere.has(span.core.join(' '))) continue;
      // "the Chairman of the Transitional Sovereignty Council": after "the", a name that organisation words close is
      // the organisation, even with a title before it.
      if ((!before || toks[span.from - 1]?.lower === 'the') && namesAnOrganisation(toks, span.to)) continue;
      const after = roleAfter(text0, toks, span.to);
      // "President Hamid Osei of Ghana", "Chancellor Friedrich Merz of Germany": the country after the name completes
      // the title before it, so "the Ghanaian president" can find him later.
      const country = before && !after ? countryAfter(toks, span.to) : null;
      const titled = before && country ? { ...before, text: `${before.text} of ${country}` } : before;
      const first = span.core[0] ?? '';
      const surname = span.core[span.core.length - 1] ?? '';
      const key = `${foldTranslit(first)} ${foldTranslit(surname)}`;
      // "Olexander Syrskyi" and "Oleksandr Syrskyi": one surname, given names that open alike are one person.
      let info = byKey.get(key) ?? sameGiven(foldTranslit(first), foldTranslit(surname));
      if (!info) {
        info = { ref: { name: '', role: null, aliases: [] }, key, surnameKey: foldTranslit(surname), nationality: null, positions: [] };
        byKey.set(key, info);
        roles.set(info, []);
        spellings.set(info, new Map());
        aliases.set(info, new Set());
      }
      const short = span.core.join(' ');
      const sp = spellings.get(info) as Map<string, number>;
      sp.set(short, (sp.get(short) ?? 0) + 1);
      if (text !== short) aliases.get(info)?.add(text);
      for (const r of titled && after ? [titled, after] : titled ? [titled] : after ? [after] : []) {
        if (r.text.includes('ounterpart')) counterparts.push({ info, s, start: span.start, role: r.text });
        roles.get(info)?.push({ text: r.text, score: roleScore(r.text) });
      }
      // "Ms Ingrid Solberg": an honorific before the full name gives the gender.
      const honorific = titleGender(toks[span.from - 1]?.lower ?? null);
      if (honorific && !fullGenders.has(info)) fullGenders.set(info, honorific);
      info.positions.push(pos(s, span.start));
      mentions[s]?.push({ person: info.ref, sentence: s, start: span.start, end: span.end, text });
    }
  };
  // The headline names the article's principals ("Telephone conversation between President Emmanuel Macron and ..."):
  // they count as mentioned before the body, so "The President of the Republic" can mean one of them.
  if (titleTokens.length > 0) addSpans(title, titleTokens, findNameSpans(titleTokens), -1);
  sentences.forEach((sentence, s) => addSpans(sentence.text, tokens[s] ?? [], spansOf[s] ?? [], s));

  const people = [...byKey.values()];
  for (const info of people) {
    const sp = [...(spellings.get(info) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]);
    info.ref.name = sp[0]?.[0] ?? info.key;
    for (const [alt] of sp.slice(1)) aliases.get(info)?.add(alt);
  }

  const latestBefore = (sentence: number, offset: number, exclude: readonly PersonRef[] = []): PersonRef | null => {
    const at = pos(sentence, offset);
    let best: PersonInfo | null = null;
    let bestPos = -1;
    for (const info of byKey.values()) {
      if (exclude.includes(info.ref)) continue;
      for (const p of info.positions) if (p < at && p > bestPos) { bestPos = p; best = info; }
    }
    return best?.ref ?? null;
  };

  // Surname links use the nearest FULL name before them (not the nearest surname): "Jake Sullivan ... Sullivan said
  // ... US Ambassador John Sullivan" keeps the two apart.
  const fullPositions = new Map(people.map((p) => [p, [...p.positions]]));
  const genders = new Map<PersonInfo, Gender>(fullGenders);
  for (const p of people) {
    const g = (roles.get(p) ?? []).map((r) => roleGender(r.text)).find((x) => x !== null);
    if (g) genders.set(p, g);
  }
  const bySurname = (word: string, at: number, gender: Gender | null = null): PersonInfo | null => {
    const key = foldTranslit(word);
    let cands = people.filter((p) => p.surnameKey === key);
    // "Anthony Albanizi … Prime Minister Albanese": a translation's second spelling of the one surname like it.
    if (cands.length === 0) {
      const skeleton = surnameSkeleton(word);
      const loose = skeleton ? people.filter((p) => surnameSkeleton(p.surnameKey) === skeleton) : [];
      if (loose.length === 1) cands = loose;
    }
    // "Mr Bhargava" is not the person an earlier "Ms Bhargava, the ambassador" showed to be a woman.
    if (gender && cands.length > 1) cands = cands.filter((c) => (genders.get(c) ?? gender) === gender);
    if (cands.length <= 1) return cands[0] ?? null;
    let best: PersonInfo | null = null;
    let bestPos = -1;
    for (const c of cands) for (const p of fullPositions.get(c) ?? c.positions) if (p < at && p > bestPos) { bestPos = p; best = c; }
    if (best) return best;
    const firstOf = (c: PersonInfo): number => (fullPositions.get(c) ?? c.positions)[0] ?? 0;
    return cands.reduce((a, b) => (firstOf(a) <= firstOf(b) ? a : b));
  };
  // "Liang told Moraes" (Liang Wenhao): a family name written first; also a given name used alone. Only when no
  // person has the word as surname and exactly one has it as first name.
  const firstIndex = new Map<string, PersonInfo | null>();
  // The same word exactly, when folding makes two first words one ("Cho" of Cho Hyun, "Choe" of Choe Son-hui).
  const exactFirst = new Map<string, PersonInfo | null>();
  for (const p of people) {
    const word = p.ref.name.split(' ')[0] ?? '';
    const key = foldTranslit(word);
    if (key === p.surnameKey) continue;
    firstIndex.set(key, firstIndex.has(key) ? null : p);
    exactFirst.set(word, exactFirst.has(word) ? null : p);
  }
  const surnames = new Set(people.map((p) => p.surnameKey));
  // "Lula" for Luiz Inácio Lula da Silva, "Sheinbaum" for Claudia Sheinbaum Pardo: a name's inner word used alone.
  // Only a capitalised word of four letters or more that no one else carries anywhere in the name.
  for (const p of people) {
    const words = p.ref.name.split(' ');
    for (const w of words.slice(1, -1)) {
      if (w.length < 4 || !isCapitalised(w)) continue;
      const key = foldTranslit(w);
      if (key === p.surnameKey || surnames.has(key)) continue;
      firstIndex.set(key, firstIndex.has(key) && firstIndex.get(key) !== p ? null : p);
    }
  }
  const byFirst = (word: string): PersonInfo | null => {
    const key = foldTranslit(word);
    return surnames.has(key) ? null : firstIndex.get(key) ?? exactFirst.get(word) ?? null;
  };
  // Titled surnames with an apposition ("Ms Bhargava, the ambassador,") pick the person by role and give her gender.
  for (const m of singles) {
    const g = titleGender(m.titled);
    if (!g) continue;
    const cands = people.filter((p) => p.surnameKey === foldTranslit(m.word));
    const byRole = m.apposition ? cands.filter((c) => (roles.get(c) ?? []).some((r) => matchesRole(m.apposition ?? '', r.text))) : [];
    const hit = cands.length === 1 ? cands[0] : byRole.length === 1 ? byRole[0] : undefined;
    if (hit && !genders.has(hit)) genders.set(hit, g);
  }
  // A surname written after its office and used again on its own ("Kallas said") is a person whose given name the
  // article never states. Once alone is not enough, and a word ever used after a place preposition is a place.
  const singleUses = new Map<string, number>();
  for (const m of singles) singleUses.set(m.word, PLACE_BEFORE.has(m.before) ? -Infinity : (singleUses.get(m.word) ?? 0) + 1);
  for (const m of singles) {
    let info = bySurname(m.word, pos(m.s, m.start), titleGender(m.titled)) ?? byFirst(m.word);
    const officed = !m.titled && m.roleTitle !== null && ((singleUses.get(m.word) ?? 0) >= 2 || m.before === ',');
    if (!info && (m.titled || officed)) {
      // "Mr Blair said": a titled surname is a person even when the article never gives the full name.
      const key = `_ ${foldTranslit(m.word)}`;
      info = byKey.get(key) ?? null;
      if (!info) {
        info = { ref: { name: m.text, role: null, aliases: [] }, key, surnameKey: foldTranslit(m.word), nationality: null, positions: [] };
        byKey.set(key, info);
        people.push(info);
        roles.set(info, []);
        aliases.set(info, new Set());
        fullPositions.set(info, []);
      }
    }
    if (!info) continue;
    const text = m.titled ?? m.text;
    const titleText = m.title ?? m.titled?.slice(0, m.titled.length - m.text.length).trim();
    if (m.titled && !/^(?:mr|mrs|ms|dr|sir)\b/iu.test(m.titled)) { if (titleText) roles.get(info)?.push({ text: titleText, score: -1 }); }
    else if (officed && m.roleTitle) roles.get(info)?.push({ text: m.roleTitle, score: roleScore(m.roleTitle) });
    if (text !== info.ref.name) aliases.get(info)?.add(text);
    if (m.text !== info.ref.name) aliases.get(info)?.add(m.text);
    info.positions.push(pos(m.s, m.start));
    mentions[m.s]?.push({ person: info.ref, sentence: m.s, start: m.from, end: m.end, text });
  }

  for (const info of people) {
    info.positions.sort((a, b) => a - b);
    const cands = roles.get(info) ?? [];
    const best = [...cands].sort((a, b) => b.score - a.score)[0];
    info.ref.role = best?.text ?? null;
    info.ref.aliases = [...(aliases.get(info) ?? [])].filter((a) => foldName(a) !== foldName(info.ref.name));
  }
  // "his US counterpart Lloyd Austin": the counterpart holds the other person's office in another country.
  for (const c of counterparts) {
    if (c.info.ref.role && !/counterpart/iu.test(c.info.ref.role)) continue;
    const other = latestBefore(c.s, c.start, [c.info.ref]);
    if (!other?.role || /counterpart/iu.test(other.role)) continue;
    const nat = c.role.replace(/\b(?:his|her|their|counterpart)\b/giu, '').trim();
    const office = other.role.split(/\s+/u).filter((w) => !roleNationality(w)).join(' ');
    c.info.ref.role = `${nat} ${office}`.trim();
  }
  for (const info of people) info.nationality = info.ref.role ? roleNationality(info.ref.role) : null;

  // A capitalised bare head ("the President") keeps the referent of its first use: in a briefing it is the house's
  // own principal, even when other presidents are named in between.
  const fixed = new Map<string, PersonRef | null>();
  const unresolvedIn = new Map<string, Set<number>>();
  for (const rm of [...findRoleMentions(sentences, tokens), ...findPeriphrases(sentences)]) {
    const person = resolveRoleMention(rm);
    if (person) mentions[rm.sentence]?.push({ person, sentence: rm.sentence, start: rm.start, end: rm.end, text: rm.text });
  }
  acronymMentions();
  for (const list of mentions) list.sort((a, b) => a.start - b.start);
  const genderByRef = new Map<PersonRef, Gender>();
  for (const [info, g] of genders) genderByRef.set(info.ref, g);
  for (const info of people) {
    if (genderByRef.has(info.ref)) continue;
    const g = (roles.get(info) ?? []).map((r) => roleGender(r.text)).find((x) => x !== null) ?? (info.ref.role ? roleGender(info.ref.role) : null);
    if (g) genderByRef.set(info.ref, g);
  }
  pronounGenders(tokens, mentions, genderByRef);

  /**
   * "EAM had a telephone conversation", "the PM said": an acronym of a title written head-last in capitals ("External
   * Affairs Minister", "Prime Minister") stands for the one person holding it. Head-first titles are left out: "MFA" is
   * the ministry, not the "Minister of Foreign Affairs".
   */
  function acronymMentions(): void {
    const holders = new Map<string, PersonInfo | null>();
    for (const p of people) {
      const a = p.ref.role ? initialsOf(p.ref.role) : null;
      if (a) holders.set(a, holders.has(a) && holders.get(a) !== p ? null : p);
    }
    if (holders.size === 0) return;
    tokens.forEach((toks, s) => toks.forEach((t, i) => {
      // Most words are not 2–4 letters opening with a capital: test the cheap facts before the pattern.
      const c = t.word.charCodeAt(0);
      const p = t.word.length >= 2 && t.word.length <= 4 && c >= 65 && c <= 90 && /^[A-Z]+$/u.test(t.word) ? holders.get(t.word) : undefined;
      const next = toks[i + 1];
      if (!p || (next && isCapitalised(next.word) && !next.punct)) return;
      const list = mentions[s] ?? [];
      if (list.some((m) => m.start < t.end && t.start < m.end)) return;
      list.push({ person: p.ref, sentence: s, start: t.start, end: t.end, text: t.word });
    }));
  }

  function resolveRoleMention(rm: RoleMention): PersonRef | null {
    const at = pos(rm.sentence, rm.start);
    if (rm.generic) return earliestWithRole(rm.text);
    if (rm.bare) {
      const key = rm.text.toLowerCase().replace(/^the\s+/u, '');
      // "His Highness the Amir, Sheikh …": a title heading the name after its comma is that name's role, no mention
      // of its own, and must not fix the referent of the later "the Amir".
      if (/^,\s*\p{Lu}/u.test(sentences[rm.sentence]?.text.slice(rm.end, rm.end + 3) ?? '')) return null;
      // A first use no one can stand for yet ("the President's programme" before the briefing names him) fixes
      // nothing: the first use that resolves does. Someone first named beside an unresolved use ("the President
      // will welcome … President Yoon") is the house head's guest, not the house head.
      if (!fixed.has(key)) {
        const who = houseHolder(key, at) ?? resolveRole(rm.text, at) ?? houseHeadLater(key, at, rm.sentence);
        const seen = unresolvedIn.get(key) ?? new Set<number>();
        // After an unresolved use, only a holder titled as the house titles its own (no country) may take it:
        // "Chancellor Jonas Falk of Austria" arriving is a visitor.
        const info = who ? people.find((p) => p.ref === who) : undefined;
        const first = info?.positions[0];
        const fits = seen.size === 0 || (info?.nationality === null && (first === undefined || !seen.has(sentenceAt(first))));
        if (who && fits) { fixed.set(key, who); return who; }
        unresolvedIn.set(key, seen.add(rm.sentence));
        return null;
      }
      return fixed.get(key) ?? null;
    }
    if (rm.office) return resolveRole(rm.office, at);
    const before = resolveRole(rm.text, at);
    if (before || rm.kind === 'definite' && rm.sentence > 1) return before;
    return namedLater(rm, at);
  }

  function resolveRole(text: string, at: number): PersonRef | null {
    let best: PersonInfo | null = null;
    let bestPos = -Infinity;
    for (const p of people) {
      if (!p.ref.role || !matchesRole(text, p.ref.role)) continue;
      for (const q of p.positions) if (q < at && q > bestPos) { bestPos = q; best = p; }
    }
    return best?.ref ?? loosely(text, at);
  }

  /**
   * "the head of Polish diplomacy" in a Polish readout that titles its own minister "Minister of Foreign Affairs"
   * with no country: a mention's nationality may fit the one holder of the office whose country the text never gives.
   * Only when exactly one such person was named before.
   */
  function loosely(text: string, at: number): PersonRef | null {
    const nat = roleNationality(text);
    if (!nat) return null;
    // Someone whose title gives that country ("the Prime Minister of the Netherlands, Dick Schoof") holds its office.
    if (people.some((p) => p.nationality === nat)) return null;
    const bare = text.split(/\s+/u).filter((w) => !nationalityOf(w.replace(/[’']s$/u, ''))).join(' ');
    const fits = people.filter((p) => p.ref.role && p.nationality === null && (p.positions[0] ?? Infinity) < at && matchesRole(bare, p.ref.role));
    return fits.length === 1 ? fits[0]?.ref ?? null : null;
  }

  function earliestWithRole(text: string): PersonRef | null {
    // "of the Republic" is the house's own: never a president whose role names a country ("President of Ukraine").
    const cands = people.filter((p) => p.ref.role && matchesRole(text, p.ref.role) && !roleNationality(p.ref.role) && p.positions.length > 0);
    cands.sort((a, b) => (a.positions[0] ?? 0) - (b.positions[0] ?? 0));
    return cands[0]?.ref ?? null;
  }

  /** Every word of the role mention stands in the title ("the health minister" ~ "Health Minister"). */
  function sameWords(mention: string, role: string): boolean {
    const r = new Set(role.toLowerCase().split(/[^\p{L}]+/u));
    return matchesRole(mention, role) && mention.toLowerCase().split(/[^\p{L}]+/u).every((w) => w === '' || w === 'the' || r.has(w));
  }

  /** The person named first (the headline's first, else the text's): the article's principal. */
  function principalInfo(): PersonInfo | undefined {
    let first: PersonInfo | undefined;
    for (const p of people) if (p.positions.length > 0 && (!first || (p.positions[0] ?? 0) < (first.positions[0] ?? 0))) first = p;
    return first;
  }

  /**
   * The house's own holder of a bare head: the article's principal, when it holds the office ("The Head of State
   * Kassym-Jomart Tokayev" for "the President") and another holder was named before. A readout's "the President
   * received …" is its own president, not the foreign one it spoke with.
   */
  function houseHolder(head: string, at: number): PersonRef | null {
    const office = HOUSE_OFFICES[head];
    const holds = (p: PersonInfo): boolean => p.ref.role !== null && (matchesRole(head, p.ref.role) || office?.test(p.ref.role) === true);
    const principal = principalInfo();
    if (!principal || !holds(principal) || (principal.positions[0] ?? Infinity) >= at) return null;
    // Only where another holder makes the choice: else the latest holder, as for any role.
    return people.some((p) => p !== principal && holds(p) && (p.positions[0] ?? Infinity) < at) ? principal.ref : null;
  }

  /**
   * "This morning the Secretary spoke with B" … "Secretary Blinken": in a briefing the house's principal may be named
   * only later, by the bare title alone, and familiarly: title and surname, no given name. A full name
   * ("Chancellor Jonas Falk of Austria arrived") introduces someone else. Only one person may hold exactly that title
   * ("President Zelensky" and "President Ruto" leave "the President" unresolved).
   */
  function houseHeadLater(head: string, at: number, sentence: number): PersonRef | null {
    const holders = people.filter((p) => p.ref.role?.toLowerCase() === head && p.key.startsWith('_ ') && (p.positions[0] ?? -Infinity) > at);
    const only = holders.length === 1 ? holders[0] : undefined;
    if (!only) return null;
    const first = only.positions[0] ?? 0;
    // Not a guest named in the same sentence ("the President will welcome President Kwon"), and not after another
    // holder of the title named first in full ("President Thabo Mokoena held …" … "President Hale").
    if (sentenceAt(first) === sentence) return null;
    const earlier = people.some((p) => p !== only && p.ref.role?.toLowerCase() === head && (p.positions[0] ?? Infinity) > at && (p.positions[0] ?? Infinity) < first);
    return earlier ? null : only.ref;
  }

  /**
   * "Canada's trade minister said on Monday she had ..." with Amrit Dhillon named two paragraphs on: a lead that
   * opens with a role names the person later, by a fitting role or (the sentence's subject) as the first person named
   * without a role. The role then becomes theirs.
   */
  function namedLater(rm: RoleMention, at: number): PersonRef | null {
    const later = people.filter((p) => (p.positions[0] ?? -Infinity) > at).sort((a, b) => (a.positions[0] ?? 0) - (b.positions[0] ?? 0));
    // "Congo's health minister" … "Health Minister Roger Kamba": a later title may leave out the country.
    const bareRole = rm.kind === 'possessive' ? rm.text.replace(/^.*?[’']s\s+/u, 'the ') : null;
    const fit = later.find((p) => p.ref.role && (matchesRole(rm.text, p.ref.role) ||
      (bareRole !== null && !roleNationality(p.ref.role) && sameWords(bareRole, p.ref.role))));
    if (fit) return fit.ref;
    if (rm.start > 0 || rm.sentence > 1) return null;
    const bare = later.find((p) => !p.ref.role);
    if (!bare) return null;
    bare.ref.role = rm.text.replace(/^(?:the|a|an)\s+/iu, '');
    bare.nationality = roleNationality(bare.ref.role);
    return bare.ref;
  }

  const infoByRef = new Map(people.map((p) => [p.ref, p]));
  const folded = people.map((p) => ({ p, names: new Set([p.ref.name, ...p.ref.aliases].map(foldName)) }));

  return {
    people: people.map((p) => p.ref),
    mentionsIn: (sentence) => mentions[sentence] ?? [],
    infoOf: (person) => infoByRef.get(person),
    latestBefore,
    tokens: (sentence) => tokens[sentence] ?? [],
    genderOf: (person) => genderByRef.get(person) ?? null,
    principal: () => principalInfo()?.ref ?? null,
    resolve(mention, sentenceIndex) {
      const at = pos(sentenceIndex + 1, 0);
      const key = foldName(mention);
      const exact = folded.filter((f) => f.names.has(key));
      if (exact.length === 1) return exact[0]?.p.ref ?? null;
      const words = mention.split(/\s+/u).filter((w) => isCapitalised(w) && !NAME_TITLES.has(w.toLowerCase()));
      const last = words[words.length - 1];
      if (last) {
        const hit = bySurname(last.replace(/[’']s$/u, ''), at);
        if (hit) return hit.ref;
      }
      return resolveRole(mention, at);
    },
  };
}
