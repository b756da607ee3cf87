// Transcripts and interviews without quotation marks: "MR. KIRBY: Well, …", "Minister Lee: …", "A: …" (the
// interviewee), and magazine Q&As whose answers stand alone after an "edited for length and clarity" note. Each answer
// paragraph is one quote of its speaker; questions, moderators and section labels ("Note:") are not quotes.
import type { PersonRef, Sentence, SpeakerKind } from '../types.js';
import type { ArticleContext, PersonMention } from './context.js';
import { isTitleWord as isTitle, readLabel, speaksInPerson, type Label } from './quote-labels.js';
import { wordCount, type QuoteSpan } from './quote-spans.js';
import { STOP } from './quote-verbs.js';

/** What the transcript reader needs of a paragraph (read once in quotes.ts). */
export interface TranscriptParagraph {
  text: string;
  spans: readonly QuoteSpan[];
  sentences: readonly Sentence[];
  /** Person mentions outside quotes, per sentence. */
  mentions: readonly (readonly PersonMention[])[];
}

export interface TurnSpeaker { name: string; kind: SpeakerKind; person: PersonRef | null }

export interface TurnQuote { para: number; speaker: TurnSpeaker; text: string; evidence: string }

interface Turn { label: Label; speaker: TurnSpeaker | null; known: boolean }

/** "This interview has been edited for length and clarity", "An edited excerpt of the exchange follows." */
const INTERVIEW_NOTE = /\b(?:edited (?:and condensed |lightly )?for (?:length|clarity|brevity)|condensed (?:and edited )?for (?:length|clarity|brevity)|(?:interview|conversation|exchange|transcript) (?:has been|was|have been) (?:lightly )?(?:edited|condensed|translated)|edited (?:excerpt|transcript|version) of (?:the|our|this|their) (?:interview|conversation|exchange))\b/iu;
/** A journalist's role: the person who asks, not the one who answers. */
const ASKER_ROLE = /\b(?:reporter|correspondent|editor|journalist|interviewer|host|anchor|presenter|columnist|writer)\b/iu;
const isQuestion = (t: string): boolean => t.includes('?') && /\?[”"’']?\s*$/u.test(t) && /\b[Yy]ou(?:r|rs|rself)?\b/u.test(t);
/** Cheap gate before the note pattern: most paragraphs say nothing of editing. */
const mayBeNote = (t: string): boolean => t.length < 400 && (t.includes('dited') || t.includes('ondensed') || t.includes('ranslated'));
/** Narration, not a speaker's words: brackets ("(Laughter.)"), "END 2:31 P.M. EDT", "###". */
const isNarration = (t: string): boolean => /^[([]/u.test(t) || !/\p{Ll}/u.test(t);

/** The quotes of labelled turns and of unlabelled interview answers, in paragraph order. */
export function transcriptQuotes(ctx: ArticleContext, paras: readonly TranscriptParagraph[]): TurnQuote[] {
  // Most articles are neither: one cheap look at each paragraph's first characters and last character decides.
  let labelled = false;
  let asked = 0;
  let noted = false;
  for (const p of paras) {
    if (!labelled) labelled = mayBeLabel(p.text);
    if (endsAsking(p.text)) asked++;
    if (!noted && mayBeNote(p.text)) noted = true;
  }
  if (!labelled && !noted && asked < 2) return [];
  const labels = paras.map((p) => readLabel(p.text));
  const turns = labels.some((l) => l !== null) ? readTurns(ctx, paras, labels) : [];
  if (turns.some((t) => t !== null)) return labelledQuotes(paras, turns, labels);
  return noted || asked >= 2 ? interviewQuotes(ctx, paras, labels) : [];
}

/** A colon near the start after a capitalised word or a parenthesis ("MR. KIRBY:", "Q (CBC):"), not "X said:". */
function mayBeLabel(t: string): boolean {
  const colon = t.indexOf(':');
  if (colon <= 0 || colon > 80) return false;
  if (t.charCodeAt(colon - 1) === 41) return true;
  let w = colon;
  while (w > 0 && t.charCodeAt(w - 1) !== 32) w--;
  const c = t[w] ?? '';
  return c !== c.toLowerCase();
}

/** A paragraph ending in a question mark (perhaps inside a closing quote mark). */
function endsAsking(t: string): boolean {
  let i = t.length - 1;
  // Skip trailing spaces and closing marks: space, ”, ", ’, '.
  for (let c = t.charCodeAt(i); i > 0 && (c === 32 || c === 0x201d || c === 34 || c === 0x2019 || c === 39); c = t.charCodeAt(--i));
  return t.charCodeAt(i) === 63;
}

/** Which labelled paragraphs are turns, with their speakers; null where a paragraph is no turn. */
function readTurns(ctx: ArticleContext, paras: readonly TranscriptParagraph[], labels: readonly (Label | null)[]): (Turn | null)[] {
  const cache = new Map<string, { speaker: TurnSpeaker | null; known: boolean }>();
  const counts = new Map<string, number>();
  for (const l of labels) if (l) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  // Found once, on the first "A:" (undefined until then; null when the introduction names nobody).
  let interviewee: PersonRef | null | undefined;
  const raw = labels.map((label, pi): Turn | null => {
    if (!label || label.kind === 'none') return null;
    if (label.kind === 'question' || label.kind === 'skip') return { label, speaker: null, known: true };
    if (label.kind === 'answer') {
      if (interviewee === undefined) interviewee = findInterviewee(ctx, paras, labels.findIndex((l) => l !== null));
      return interviewee ? { label, speaker: personSpeaker(interviewee), known: true } : null;
    }
    let hit = cache.get(label.text);
    if (!hit) cache.set(label.text, (hit = resolveLabel(ctx, paras[pi] as TranscriptParagraph, label)));
    const text = (paras[pi]?.text ?? '').slice(label.end);
    if (hit.known || label.titled) return { label, speaker: hit.speaker, known: hit.known };
    // An unknown label counts only when it recurs; an outlet asking ("Bloomberg: … ?", "CCTV:") is a question.
    if (isQuestion(text) || /^\p{Lu}{2,4}$/u.test(label.text)) return { label: { ...label, kind: 'question' }, speaker: null, known: false };
    return (counts.get(label.text) ?? 0) >= 2 ? { label, speaker: hit.speaker, known: false } : null;
  });
  const after = (pi: number, t: Turn): string => (paras[pi]?.text ?? '').slice(t.label.end);
  askers(raw, after);
  let all = 0;
  let speaking = 0;
  let voiced = 0;
  let repeats = false;
  const seen = new Set<string>();
  raw.forEach((t, pi) => {
    if (!t) return;
    all++;
    if (t.label.kind !== 'speaker' && t.label.kind !== 'answer') return;
    speaking++;
    const name = t.speaker?.name ?? '';
    repeats ||= seen.has(name);
    seen.add(name);
    if (speaksInPerson(after(pi, t))) voiced++;
  });
  // A transcript has two turns or more and reads as talk: someone asks, someone speaks twice, or speakers say
  // "I"/"we". Otherwise ("Ingrid Halvorsen: chief executive since 2019" in a who's-who box) only a known person
  // speaking in the first person makes a turn.
  const talk = all >= 2 && (all > speaking || repeats || voiced >= 2);
  if (talk) return raw;
  return raw.map((t, pi) => (t?.known && t.speaker && speaksInPerson(after(pi, t)) ? t : null));
}

/**
 * Named interviewers ("Amanpour: … ?" / "Zelensky: …"): a label whose every turn is a question to "you", or whose
 * person is a journalist, asks; its turns become questions, not quotes.
 */
function askers(turns: (Turn | null)[], after: (pi: number, t: Turn) => string): void {
  const asking = new Map<string, boolean>();
  turns.forEach((t, pi) => {
    if (t?.label.kind !== 'speaker' || !t.speaker) return;
    const asks = isQuestion(after(pi, t)) || (t.speaker.person?.role ? ASKER_ROLE.test(t.speaker.person.role) : false);
    asking.set(t.speaker.name, (asking.get(t.speaker.name) ?? true) && asks);
  });
  if (![...asking.values()].includes(false)) return; // someone must answer
  turns.forEach((t, pi) => {
    if (t?.speaker && t.label.kind === 'speaker' && asking.get(t.speaker.name)) turns[pi] = { ...t, label: { ...t.label, kind: 'question' }, speaker: null };
  });
}

/** A speaker label's person: named in the label's own sentence, known to the article, or named by the label alone. */
function resolveLabel(ctx: ArticleContext, p: TranscriptParagraph, label: Label): { speaker: TurnSpeaker | null; known: boolean } {
  const first = p.sentences[0];
  if (first) {
    // The name after the titles first: "PRIME MINISTER DE WEVER" is De Wever, not the prime minister named last.
    const named = label.titled && label.name ? ctx.people.resolve(label.name, first.index) : null;
    if (named) return { speaker: personSpeaker(named), known: true };
    const inLabel = ctx.people.mentionsIn(first.index).find((m) => first.start === 0 && m.start < label.text.length);
    if (inLabel) return { speaker: personSpeaker(inLabel.person), known: true };
    const person = ctx.people.resolve(label.cased, first.index) ?? (label.name ? ctx.people.resolve(label.name, first.index) : null);
    if (person) return { speaker: personSpeaker(person), known: true };
  }
  if (!label.name) {
    // "THE PRESIDENT:" under the title "Remarks by President Biden …": the role with its name in the title.
    const role = label.cased.replace(/^The\s+/u, '');
    const m = new RegExp(`\\b${role.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s+((?:\\p{Lu}[\\p{L}’'-]+\\s?){1,3})`, 'u').exec(ctx.article.title);
    // Titles are written in title case: the name ends at a function word ("President Obuya Before Marine One …").
    const words = (m?.[1] ?? '').trim().split(/\s+/u);
    const cut = words.findIndex((w) => STOP.has(w.toLowerCase()));
    const name = (cut >= 0 ? words.slice(0, cut) : words).join(' ');
    if (name) {
      const known = first ? ctx.people.resolve(name, first.index) : null;
      return { speaker: known ? personSpeaker(known) : { name, kind: 'person', person: null }, known: true };
    }
    return { speaker: { name: role.toLowerCase(), kind: 'unnamed', person: null }, known: false };
  }
  // "MS. JEAN-PIERRE:" under the title "Press Briefing by Press Secretary Karine Jean-Pierre", "DE GUINDOS:" under
  // "…, Luis de Guindos, …": the full name as the headline spells it (case aside).
  const esc = label.name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const full = new RegExp(`((?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,3})(${esc})(?![\\p{L}])`, 'iu').exec(ctx.article.title);
  // The given names are the capitalised words right before the surname, back to a title or a lower-case word.
  const before = (full?.[1] ?? '').split(/\s+/u).filter(Boolean);
  const given: string[] = [];
  for (let i = before.length - 1; i >= 0 && /^\p{Lu}/u.test(before[i] as string) && !isTitle(before[i] as string); i--) given.unshift(before[i] as string);
  if (given.length > 0 && full?.[2]) return { speaker: { name: `${given.join(' ')} ${full[2]}`, kind: 'person', person: null }, known: true };
  return { speaker: { name: label.name, kind: 'person', person: null }, known: false };
}

const personSpeaker = (p: PersonRef): TurnSpeaker => ({ name: p.name, kind: 'person', person: p });

/** Whether a paragraph names a person outside quotes: the narrator speaking about them, not them speaking. */
const names = (p: TranscriptParagraph, person: PersonRef | null): boolean => !!person && p.mentions.some((ms) => ms.some((m) => m.person === person));

function labelledQuotes(paras: readonly TranscriptParagraph[], turns: readonly (Turn | null)[], labels: readonly (Label | null)[]): TurnQuote[] {
  const out: TurnQuote[] = [];
  let last = -1;
  turns.forEach((t, i) => { if (t) last = i; });
  let current: TurnSpeaker | null = null;
  // A label alone on its line ("MINISTER ORTIZ:"): the next paragraph is the turn's words, whatever follows it.
  let bare = false;
  paras.forEach((p, pi) => {
    const turn = turns[pi];
    const label = labels[pi];
    if (turn) {
      current = turn.speaker && (turn.label.kind === 'speaker' || turn.label.kind === 'answer') ? turn.speaker : null;
      bare = p.text.length <= turn.label.end;
      if (current) push(out, pi, current, p.text.slice(turn.label.end), p.text);
      return;
    }
    // An answer running over several paragraphs: unlabelled paragraphs continue the turn until a label, narration,
    // quotation marks or the speaker named in the third person; after the last turn only while someone says "I"/"we".
    const opening = bare;
    bare = false;
    if (!current || label || isNarration(p.text) || p.spans.length > 0 || names(p, current.person) ||
      (pi > last && !opening && !speaksInPerson(p.text))) {
      current = null;
      return;
    }
    push(out, pi, current, p.text, p.text);
  });
  return out;
}

/** Magazine Q&A: after an interview note (or between "you" questions), first-person paragraphs are the interviewee's. */
function interviewQuotes(ctx: ArticleContext, paras: readonly TranscriptParagraph[], labels: readonly (Label | null)[]): TurnQuote[] {
  const note = paras.findIndex((p) => mayBeNote(p.text) && INTERVIEW_NOTE.test(p.text));
  let from = note;
  if (from < 0) {
    // No note: two questions to "you" or more, each followed by an answer.
    const asked = paras.map((p, i) => (isQuestion(p.text) && !isQuestion(paras[i + 1]?.text ?? '?') ? i : -1)).filter((i) => i >= 0);
    if (asked.length < 2) return [];
    from = asked[0] as number;
  }
  const who = findInterviewee(ctx, paras, from + 1);
  if (!who) return [];
  const speaker = personSpeaker(who);
  const out: TurnQuote[] = [];
  for (let pi = from + 1; pi < paras.length; pi++) {
    const p = paras[pi] as TranscriptParagraph;
    if (labels[pi] || isQuestion(p.text) || isNarration(p.text) || !speaksInPerson(p.text) || names(p, who)) continue;
    push(out, pi, speaker, p.text, p.text);
  }
  return out;
}

/** The person an interview is with: the one the introduction names most often (first on a tie), not a journalist. */
function findInterviewee(ctx: ArticleContext, paras: readonly TranscriptParagraph[], before: number): PersonRef | null {
  const count = new Map<PersonRef, number>();
  for (let pi = 0; pi < Math.min(before, paras.length); pi++) {
    const p = paras[pi] as TranscriptParagraph;
    if (/^By\s/u.test(p.text) || readLabel(p.text)) continue;
    for (const ms of p.mentions) for (const m of ms) if (!m.person.role || !ASKER_ROLE.test(m.person.role)) count.set(m.person, (count.get(m.person) ?? 0) + 1);
  }
  let best: PersonRef | null = null;
  let n = 0;
  for (const [p, c] of count) if (c > n) { best = p; n = c; }
  if (best) return best;
  // No one in the introduction: the person the headline names (the full people index knows), or the only person.
  const principal = (ctx.people as { principal?: () => PersonRef | null }).principal?.call(ctx.people) ?? null;
  return principal ?? (ctx.people.people.length === 1 ? ctx.people.people[0] ?? null : null);
}

/** "Thank you very much.", "Good afternoon, everyone.": a turn of nothing but thanks and greetings says nothing. */
function courtesy(text: string): boolean {
  return text.split(/[.!?]+\s*/u).filter(Boolean).every((s) => wordCount(s) <= 5 &&
    /^(?:thank you|thanks|many thanks|good (?:morning|afternoon|evening)|hello|welcome)\b/iu.test(s));
}

/** One quote of a turn: the words after the label, outer marks off, four words or more. */
function push(out: TurnQuote[], para: number, speaker: TurnSpeaker, words: string, evidence: string): void {
  let text = words.trim().replace(/\s+/gu, ' ');
  if (/^[“"«‘]/u.test(text) && /[”"»’][.,]?$/u.test(text)) text = text.replace(/^[“"«‘]\s*/u, '').replace(/\s*[”"»’]([.,]?)$/u, '$1');
  if (wordCount(text) < 4 || courtesy(text)) return;
  out.push({ para, speaker, text, evidence: evidence.trim() });
}
