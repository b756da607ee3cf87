// Speaker labels of transcripts and interviews: "MR. KIRBY:", "SPOKESPERSON PRICE:", "Minister Lee:", "Q:", "A:",
// "Q (CBC):", "MODERATOR:". Reads the label at a paragraph start and says what kind of turn it opens.
import { HONORIFICS, SPEAKER_NOUNS } from './quote-verbs.js';
import { NAME_TITLES } from './vocabulary.js';

export interface Label {
  /** The label as written, without its parenthesis and colon: "MR. KIRBY", "Q". */
  text: string;
  /** Offset where the turn's words start (after the colon and spaces). */
  end: number;
  /** none: a section or furniture label ("Note:", "Update:"), which ends a turn but opens none. */
  kind: 'question' | 'answer' | 'skip' | 'speaker' | 'none';
  /** "Mr. Kirby", "Minister Lee": the label with capitals only where a name has them. */
  cased: string;
  /** The label carries a title or honorific ("MR. KIRBY", "Minister Lee", "SECRETARY BLINKEN"). */
  titled: boolean;
  /** The words that name the person once titles are taken off ("Kirby"), or '' for a bare role ("THE PRESIDENT"). */
  name: string;
}

const WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}.’'-]*|of|the|de|da|del|van|von|bin|al|el|la|le|der|du|y)`;
/**
 * One to six words ("NATO SECRETARY GENERAL MARK RUTTE"), an optional "(CBC)", a colon (markdown bold around them allowed: "**Q:**"); the turn's words
 * follow on the same line or in the next paragraph.
 */
// "Official Spokesperson, Shri Randhir Jaiswal:": a role, a comma, then the name (Indian MEA briefings).
const LABEL_RE = new RegExp(String.raw`^[*_]{0,2}(\p{Lu}[\p{L}\p{M}.’'-]*(?:[ \t]+${WORD}){0,3}(?:,?[ \t]+${WORD}){0,3})(?:[ \t]*\([^()]{1,40}\))?[*_]{0,2}[ \t]*:[*_]{0,2}(?:[ \t]+|$)`, 'u');
/** White House style "Q    Karine, …": a bare Q followed by a tab or several spaces. */
const BARE_Q = /^Q(?:\t|[ \t]{2,}|\.[ \t]+)(?=\S)/u;

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));
const QUESTION = set('q question questions interviewer reporter reporters journalist journalists audience questioner press participant');
const ANSWER = set('a answer');
const SKIP = set('moderator host operator presenter anchor announcer narrator facilitator mc');
/** Labels that introduce furniture or a section, never a speaker: "Note:", "Update:", "Editor's note:", "Read more:". */
const NOT_SPEAKERS = set(`note notes update updates updated correction corrections clarification source sources photo photos
  picture image video watch listen read related see also background context analysis opinion exclusive breaking live
  warning disclaimer tags topics caption credit credits summary highlights timeline factbox explainer location date time
  venue agenda subject transcript excerpt ps more why what how who when where latest contact email phone website address
  tel fax editor's editor’s editors programme program schedule keywords key points bottom line quote quotes in brief
  recommended trending advertisement sponsored disclosure`);

const lower = (w: string): string => w.toLowerCase().replace(/\.$/u, '');
/** "MR. KIRBY" → "Mr. Kirby", "JEAN-PIERRE" → "Jean-Pierre"; mixed-case words stay as written. */
export function caseWord(w: string): string {
  if (w !== w.toUpperCase() || !/\p{Lu}\p{Lu}/u.test(w)) return w;
  return w.toLowerCase().replace(/(^|[-’'.\s])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** The speaker label opening a paragraph, or null when the paragraph opens with none. */
export function readLabel(paragraph: string): Label | null {
  const q = BARE_Q.exec(paragraph);
  if (q) return { text: 'Q', end: q[0].length, kind: 'question', cased: 'Q', titled: false, name: '' };
  if (!paragraph.includes(':')) return null;
  const m = LABEL_RE.exec(paragraph);
  if (!m?.[1]) return null;
  const text = m[1];
  const words = text.split(/,?[ \t]+/u);
  const low = words.map(lower);
  const key = low.join(' ');
  const cased = words.map(caseWord).join(' ');
  if (low.some((w) => NOT_SPEAKERS.has(w)) || NOT_SPEAKERS.has(key)) return { text, end: m[0].length, kind: 'none', cased, titled: false, name: '' };
  const bare = low.filter((w) => w !== 'the');
  if (bare.length === 1 && QUESTION.has(bare[0] as string)) return { text, end: m[0].length, kind: 'question', cased, titled: false, name: '' };
  if (low.length === 1 && ANSWER.has(key)) return { text, end: m[0].length, kind: 'answer', cased, titled: false, name: '' };
  if (bare.length === 1 && SKIP.has(bare[0] as string)) return { text, end: m[0].length, kind: 'skip', cased, titled: false, name: '' };
  if (/^(?:audience|press|pool) member$/u.test(bare.join(' '))) return { text, end: m[0].length, kind: 'question', cased, titled: false, name: '' };
  // Titles, honorifics and role words come off; what is left names the person ("SPOKESPERSON PRICE" → "Price").
  // An organisation may stand before the title ("NATO SECRETARY GENERAL MARK RUTTE"): the name follows the last title.
  let i = 0;
  while (i < words.length && isTitleWord(low[i] as string)) i++;
  for (let k = words.length - 2; k >= Math.max(i, 1); k--) if (isTitleWord(low[k] as string)) { i = k + 1; break; }
  const name = words.slice(i).map(caseWord).join(' ');
  return { text, end: m[0].length, kind: 'speaker', cased, titled: i > 0 && i < words.length, name };
}

const ROLE_WORDS = set(`the chief press deputy vice acting foreign defense defence interior finance state trade prime first
  national security white house senior principal assistant special permanent federal`);
/** A title, honorific or role word that may stand before a name ("Mr.", "Secretary", "chief", "press"). */
export const isTitleWord = (word: string): boolean => {
  const w = lower(word);
  return NAME_TITLES.has(w) || NAME_TITLES.has(`${w}.`) || HONORIFICS.has(w) ||
    SPEAKER_NOUNS.has(w) || ROLE_WORDS.has(w);
};

/** First- or second-person words: the voice of someone answering, not of a narrator. */
const SPEAKING = /\b(?:I|[Mm][ey]|[Ww]e|us|[Oo]ur|[Yy]our?)\b/u;
export const speaksInPerson = (text: string): boolean => SPEAKING.test(text);
