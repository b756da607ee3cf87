// Who "I" and "we" are in a contact sentence: the speaker of a transcript turn ("Minister Lee: I spoke with …"),
// of a quotation ("“I met him in May,” Okafor said"), or of an interview's answer paragraphs.
import type { PersonRef } from '../types.js';
import type { RichContext } from './build-context.js';
import { readLabel, type Label } from './quote-labels.js';
import { insideQuote } from './quote-marks.js';
import { resolvePronoun } from './pronouns.js';

const sentencesOf = (ctx: RichContext, paragraph: number): number[] =>
  ctx.sentences.filter((x) => x.paragraph === paragraph).map((x) => x.index);

/** The labels of an article's paragraphs, read once: where each first opens a turn, and whether it is a transcript. */
interface LabelIndex {
  /** The label opening a paragraph ("MR. KIRBY:", "Q:") and the paragraph's first sentence. */
  byParagraph: Map<number, { label: Label; first: number }>;
  /**
   * The sentence where a speaker label first opens a turn: "PRIME MINISTER:" names the same person all through a
   * transcript, the one it meant when first used, not the prime minister a reporter named last.
   */
  firstUse: Map<string, number>;
  /** Two speaker or question labels or more: unlabelled paragraphs continue a turn. */
  transcript: boolean;
}

const labelIndexes = new WeakMap<RichContext, LabelIndex>();

function labelIndex(ctx: RichContext): LabelIndex {
  let ix = labelIndexes.get(ctx);
  if (!ix) {
    const byParagraph = new Map<number, { label: Label; first: number }>();
    const firstUse = new Map<string, number>();
    const seen = new Set<number>();
    let turns = 0;
    for (const x of ctx.sentences) {
      if (seen.has(x.paragraph)) continue;
      seen.add(x.paragraph);
      const label = readLabel(x.text);
      if (!label || label.kind === 'none') continue;
      byParagraph.set(x.paragraph, { label, first: x.index });
      if (label.kind === 'speaker' && !firstUse.has(label.text)) firstUse.set(label.text, x.index);
      if (label.kind === 'speaker' || label.kind === 'question') turns++;
    }
    ix = { byParagraph, firstUse, transcript: turns >= 2 };
    labelIndexes.set(ctx, ix);
  }
  return ix;
}

/** The label opening a paragraph ("MR. KIRBY:", "NATO SECRETARY GENERAL MARK RUTTE:", "Q:"), read as quotes read it. */
const paragraphLabel = (ctx: RichContext, paragraph: number): { label: Label; first: number } | null =>
  labelIndex(ctx).byParagraph.get(paragraph) ?? null;

const isTranscript = (ctx: RichContext): boolean => labelIndex(ctx).transcript;

/** The person a label names ("MS. JEAN-PIERRE" → Karine Jean-Pierre); null for questions, moderators, answers. */
function labelPerson(ctx: RichContext, hit: { label: Label; first: number }): PersonRef | null {
  const { label } = hit;
  if (label.kind !== 'speaker') return null;
  const first = Math.min(labelIndex(ctx).firstUse.get(label.text) ?? hit.first, hit.first);
  // The name after the titles first: "PRIME MINISTER DE WEVER" is De Wever, not the prime minister named last.
  const tries = label.titled ? [label.name, label.text, label.cased] : [label.text, label.cased, label.name];
  for (const t of tries) {
    const p = t ? ctx.people.resolve(t, first) : null;
    if (p) return p;
  }
  return null;
}

/** The speaker of the transcript turn holding sentence `s`: its own label, or (in a transcript) the last one before. */
function labelSpeaker(ctx: RichContext, s: number, continued: boolean): PersonRef | null | undefined {
  const para = ctx.sentences[s]?.paragraph ?? -1;
  const own = paragraphLabel(ctx, para);
  if (own) return labelPerson(ctx, own);
  if (!continued || !isTranscript(ctx)) return undefined;
  // An answer may run over several paragraphs: up to eight back to the label that opened the turn.
  for (let p = para - 1; p >= Math.max(0, para - 8); p--) {
    const hit = paragraphLabel(ctx, p);
    if (hit) return labelPerson(ctx, hit);
  }
  return undefined;
}

/** The named speaker of the transcript turn holding sentence `s`, or null. */
export function turnSpeaker(ctx: RichContext, s: number): PersonRef | null {
  return labelSpeaker(ctx, s, true) ?? null;
}

/** The first person named outside quotation marks in the paragraph: the quote's attribution. */
function attribution(ctx: RichContext, s: number): PersonRef | null {
  const para = ctx.sentences[s]?.paragraph ?? -1;
  // A quotation may run over several sentences: whether a name is quoted is read from the paragraph's start.
  let before = '';
  for (const k of sentencesOf(ctx, para)) {
    const text = ctx.sentences[k]?.text ?? '';
    const m = ctx.people.mentionsIn(k).find((x) => !insideQuote(before + text, before.length + x.start));
    if (m) return m.person;
    before += `${text} `;
  }
  // '"I spoke with B on Friday," he said': a pronoun attribution is the person it stands for.
  for (const k of sentencesOf(ctx, para)) {
    const text = ctx.sentences[k]?.text ?? '';
    const said = PRONOUN_SAID.exec(text);
    // The mark before the pronoun closes the quotation (it may have opened sentences before).
    if (!said) continue;
    // Not someone the quotation itself names: "he" is the speaker, not the President he spoke with.
    const quoted = sentencesOf(ctx, para).flatMap((q) => ctx.people.mentionsIn(q).filter((x) => insideQuote(ctx.sentences[q]?.text ?? '', x.start)).map((x) => x.person));
    return resolvePronoun(ctx, k, said.index + said[0].search(/(?:he|she)\s/u), quoted);
  }
  return null;
}

/** '…," he said', '…, she added': a pronoun attribution after a closing mark. */
const PRONOUN_SAID = /[,.?!]["”’»]\s*(?:he|she)\s+(?:said|says|added|told|recalled|stressed|noted)\b/u;

const interviews = new WeakMap<RichContext, boolean>();

/** An article that says it is an interview (question lines may have been dropped as headline-like furniture). */
function isInterview(ctx: RichContext): boolean {
  let v = interviews.get(ctx);
  if (v === undefined) {
    v = /\b(?:this|the following|our|an edited) interview\b|\binterview (?:was|has been) (?:conducted|edited|condensed)|\bQ&A\b/i.test(
      ctx.article.title + ' ' + ctx.sentences.slice(0, 8).map((x) => x.text).join(' '));
    interviews.set(ctx, v);
  }
  return v;
}

/**
 * An interview's answer paragraphs follow a question paragraph (ending in "?"), or stand in an article that says it
 * is an interview, and carry no marks: "I" is the interviewee, taken as the person the article names first.
 */
function interviewee(ctx: RichContext, s: number): PersonRef | null {
  const para = ctx.sentences[s]?.paragraph ?? -1;
  const prev = ctx.sentences.filter((x) => x.paragraph === para - 1);
  const afterQuestion = prev.length > 0 && /\?\s*$/.test(prev[prev.length - 1]?.text ?? '');
  if (!afterQuestion && !isInterview(ctx)) return null;
  for (const x of ctx.sentences) {
    const m = ctx.people.mentionsIn(x.index)[0];
    if (m) return m.person;
  }
  return null;
}

/** The person "I"/"we" at `offset` of sentence `s` stands for, or null when the text does not say. */
export function firstPersonSpeaker(ctx: RichContext, s: number, offset: number): PersonRef | null {
  const text = ctx.sentences[s]?.text ?? '';
  const label = labelSpeaker(ctx, s, false);
  if (label !== undefined) return label;
  if (insideQuote(text, offset)) return attribution(ctx, s);
  const turn = labelSpeaker(ctx, s, true);
  if (turn !== undefined) return turn;
  return interviewee(ctx, s);
}

/** "I", "we", "Pat and I" right before a trigger (adverbs and auxiliaries may stand between). */
const FIRST_PERSON = /(?:^|[\s“"«„,])(?:(\p{Lu}[\p{L}’'-]+)\s+and\s+)?(I|[Ww]e)\s+(?:(?:also|then|last|first|just|already|recently|had|have|has|did|do|finally|personally|both|all)\s+){0,3}$/u;

/** "I met", "we held talks", "Pat and I spoke": the first-person subject before a trigger, with its partner word. */
export function firstPersonBefore(text: string, at: number): { index: number; plural: boolean; partner: string | null } | null {
  const m = FIRST_PERSON.exec(text.slice(Math.max(0, at - 60), at));
  if (!m?.[2]) return null;
  const after = m[1] ? m[0].indexOf(m[1]) + m[1].length : 0;
  const index = Math.max(0, at - 60) + m.index + m[0].indexOf(m[2], after);
  return { index, plural: m[2].toLowerCase() === 'we', partner: m[1] ?? null };
}
