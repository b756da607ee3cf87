// Organisations an article names ("the Russian Defense Ministry", "Moscow’s Defense Ministry", "the White House"),
// so that a later "the ministry said" or "the Russian department said" can be given the full name.
import { ORG_HEADS, PLACE_ADJECTIVES, SPEAKER_NOUNS, STOP } from './quote-verbs.js';

export interface OrgMention {
  /** Canonical name: leading article dropped, "Moscow’s X" / "X of Russia" written "Russian X". */
  name: string;
  /** Class of the head word: "ministry" for both ministry and department. */
  head: string;
  /** Paragraph offsets. */
  start: number;
  end: number;
}

/** Heads that name the same kind of body; translations swap them ("the Russian department" = the ministry). */
const HEAD_CLASS: Readonly<Record<string, string>> = {
  department: 'ministry', ministries: 'ministry', office: 'ministry', secretariat: 'ministry',
  agencies: 'agency', services: 'service', forces: 'military', army: 'military', command: 'military',
  firm: 'company', lender: 'bank', regulator: 'agency', watchdog: 'agency',
};

export const headClass = (head: string): string => HEAD_CLASS[head] ?? head;

const CAP_HEADS = /\b(?:Ministry|Department|Council|Office|Agency|Pentagon|Kremlin|White House|Government|Commission|Committee|Embassy|Parliament|Senate|Congress|Cabinet|Administration|Service|Command|Duma|Rada|Knesset|Assembly|Secretariat|Directorate|Bureau|Presidency|Palace|Headquarters|Forces|Army|Navy|Police|Court|Bank|Fund|Treasury|Reserve|Union|Organi[sz]ation|Alliance)\b/gu;
const CAP_WORD = /^(?:\p{Lu}[\p{L}\p{N}.’'-]*|of|and|for)$/u;

/** Writes "Moscow’s Defense Ministry" as "Russian Defense Ministry"; "Bank of Japan" stays as it is. */
export function canonicalOrg(raw: string): string {
  let name = raw.trim().replace(/^(?:the|The)\s+/u, '').replace(/[’']s$/u, '');
  const poss = /^([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}]*)?)[’']s\s+(.+)$/u.exec(name);
  const possAdj = poss ? PLACE_ADJECTIVES[(poss[1] ?? '').toLowerCase()] : undefined;
  if (poss && possAdj) name = `${possAdj} ${poss[2] ?? ''}`;
  return name;
}

/** Organisation names in a paragraph, in order. */
export function findOrgMentions(text: string): OrgMention[] {
  const out: OrgMention[] = [];
  CAP_HEADS.lastIndex = 0;
  for (let m = CAP_HEADS.exec(text); m; m = CAP_HEADS.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    // Extend backwards over capitalised words and one possessive ("Moscow’s Defense Ministry").
    for (let k = 0; k < 4; k++) {
      // The word before `start`, found by scanning back over one space run and one non-space run.
      let e = start;
      while (e > 0 && text[e - 1] === ' ') e--;
      if (e === start) break;
      let b = e;
      while (b > 0 && text[b - 1] !== ' ' && start - b < 40) b--;
      const w = text.slice(b, e);
      if (!w || !/^\p{Lu}/u.test(w) || (/[,.;:]$/u.test(w) && !/^(?:\p{L}\.)+$/u.test(w))) break;
      // "In Russian Defense Ministry…" / "But the Pentagon…": a capitalised function word is no part of the name.
      if (w !== 'The' && STOP.has(w.toLowerCase()) && w !== w.toUpperCase()) break;
      start = b;
      if (/[’']s$/u.test(w)) break;
    }
    // "Security Council of Russia", "Ministry of Foreign Affairs"
    const tail = /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*)(?:\s+(?:\p{Lu}[\p{L}.-]*|and))*/u.exec(text.slice(end, end + 60));
    if (tail) {
      // "Bank of Japan Governor Takeshi Arima": the name ends before a title.
      const words = tail[0].split(/(\s+)/u);
      let len = 0;
      for (const w of words) {
        if (/\S/u.test(w) && SPEAKER_NOUNS.has(w.toLowerCase()) && !ORG_HEADS.has(w.toLowerCase())) break;
        len += w.length;
      }
      end += tail[0].slice(0, len).trimEnd().length;
    }
    const raw = text.slice(start, end);
    if (!raw.split(/\s+/u).every((w) => CAP_WORD.test(w))) continue;
    const headWord = m[0].toLowerCase().split(' ').pop() ?? '';
    out.push({ name: canonicalOrg(raw), head: headClass(headWord === 'house' ? 'white house' : headWord), start, end });
    CAP_HEADS.lastIndex = end;
  }
  return out;
}

/** True when a phrase's head names an organisation ("the ministry", "the Russian department", "The Pentagon"). */
export const isOrgHead = (head: string): boolean => ORG_HEADS.has(head);
