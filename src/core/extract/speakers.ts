// Who speaks a sentence of a transcript or interview turn ("MR. KIRBY: …", "Minister Lee: …", an answer after a
// question): the person "I" and "we" mean there. Contacts and quotes call it through RichContext.speakerAt.
import type { PersonRef, Sentence } from '../types.js';
import type { ArticlePeople } from './people.js';
import { readLabel } from './quote-labels.js';

/** A question of an interviewer: ends with "?" and addresses "you". */
const isQuestion = (t: string): boolean => /\?[”"’']?\s*$/u.test(t) && /\b[Yy]ou(?:r|rs|rself)?\b/u.test(t);

/**
 * One speaker per paragraph, or null: the person a speaker label names (resolved like any mention: "MR. KIRBY" →
 * John Kirby, "SPOKESPERSON" → the article's spokesperson), the interviewee for "A:" labels and for the unlabelled
 * answers of a Q&A (two questions or more), and null for questions, moderators and narration.
 */
export function paragraphSpeakers(paragraphs: readonly string[], sentences: readonly Sentence[], people: ArticlePeople): (PersonRef | null)[] {
  const firstSentence = new Map<number, number>();
  for (const s of sentences) if (!firstSentence.has(s.paragraph)) firstSentence.set(s.paragraph, s.index);
  const labels = paragraphs.map((p) => readLabel(p));
  const questions = paragraphs.map((p, i) => !labels[i] && isQuestion(p));
  const qa = questions.filter(Boolean).length >= 2;
  let interviewee: PersonRef | null | undefined;
  const theInterviewee = (before: number): PersonRef | null => {
    if (interviewee !== undefined) return interviewee;
    const count = new Map<PersonRef, number>();
    for (const s of sentences) {
      if (s.paragraph >= before) break;
      for (const m of people.mentionsIn(s.index)) count.set(m.person, (count.get(m.person) ?? 0) + 1);
    }
    let best: PersonRef | null = null;
    let n = 0;
    for (const [p, c] of count) if (c > n) { best = p; n = c; }
    interviewee = best ?? people.principal();
    return interviewee;
  };
  const cache = new Map<string, PersonRef | null>();
  return paragraphs.map((p, i) => {
    const label = labels[i];
    const at = firstSentence.get(i) ?? 0;
    if (label) {
      if (label.kind === 'answer') return theInterviewee(i);
      if (label.kind !== 'speaker') return null;
      if (!cache.has(label.text)) {
        const words = label.name || label.cased;
        const person = people.resolve(label.name ? label.cased : `the ${words.toLowerCase()}`, at);
        cache.set(label.text, person);
      }
      return cache.get(label.text) ?? null;
    }
    if (!qa || questions[i] || i === 0 || !questions[i - 1]) return null;
    return theInterviewee(questions.indexOf(true));
  });
}

/** `speakerAt(sentenceIndex)` over the paragraph speakers. */
export function createSpeakerAt(paragraphs: readonly string[], sentences: readonly Sentence[], people: ArticlePeople): (sentence: number) => PersonRef | null {
  let bySentence: (PersonRef | null)[] | null = null;
  return (sentence) => {
    if (!bySentence) {
      const byPara = paragraphSpeakers(paragraphs, sentences, people);
      bySentence = sentences.map((s) => byPara[s.paragraph] ?? null);
    }
    return bySentence[sentence] ?? null;
  };
}
