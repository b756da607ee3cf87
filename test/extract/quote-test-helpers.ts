// Small hand-built ArticleContexts for quote tests: naive sentence splitting and a PeopleIndex over a given list of
// people, so the quote rules are tested apart from the real people finder.
import type { PersonRef, Quote, Sentence } from '../../src/core/types.js';
import type { ArticleContext, PeopleIndex, PersonMention } from '../../src/core/extract/context.js';
import { extractQuotes } from '../../src/core/extract/quotes.js';

/** Split a paragraph after . ! ? (and a closing mark) when a space and a capital or an opening mark follow. */
function splitParagraph(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[.!?][”"’'»]?\s+(?=[\p{Lu}“"‘'«„])/gu;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    out.push({ text: text.slice(from, end), start: from });
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push({ text: text.slice(from).trimEnd(), start: from });
  return out.filter((s) => s.text !== '');
}

export function makeSentences(paragraphs: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const s of splitParagraph(p)) sentences.push({ text: s.text, paragraph, index: sentences.length, start: s.start });
  });
  return sentences;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const surname = (p: PersonRef): string => p.name.split(' ').pop() ?? p.name;

/** Mentions are full names, aliases and surnames; roles resolve when the mention's words all occur in the role. */
export function makePeople(people: readonly PersonRef[], sentences: readonly Sentence[]): PeopleIndex {
  const forms = people.flatMap((person) => [person.name, ...person.aliases, surname(person)].map((form) => ({ person, form })))
    .sort((a, b) => b.form.length - a.form.length);
  const mentions: PersonMention[][] = sentences.map((s) => {
    const found: PersonMention[] = [];
    for (const { person, form } of forms) {
      const re = new RegExp(`\\b${escape(form)}\\b`, 'gu');
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const start = m.index;
        const end = start + form.length;
        if (found.some((f) => start < f.end && end > f.start)) continue;
        found.push({ person, sentence: s.index, start, end, text: form });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  });
  return {
    people: [...people],
    mentionsIn: (i) => mentions[i] ?? [],
    resolve(mention) {
      const bare = mention.replace(/^(?:the|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Gen\.)\s+/iu, '').trim();
      const byName = people.find((p) => p.name === bare || p.aliases.includes(bare) || surname(p) === bare);
      if (byName) return byName;
      const words = bare.toLowerCase().split(/\s+/u);
      return people.find((p) => p.role && words.every((w) => p.role?.toLowerCase().split(/\s+/u).includes(w))) ?? null;
    },
  };
}

export const person = (name: string, role: string | null = null, aliases: string[] = []): PersonRef => ({ name, role, aliases });

/** An ArticleContext over the given paragraphs and people. */
export function makeContext(paragraphs: readonly string[], people: readonly PersonRef[] = [], title = 'Title'): ArticleContext {
  const sentences = makeSentences(paragraphs);
  return {
    article: { file: 'test.txt', url: null, title, published: null, outlet: null, paragraphs: [...paragraphs], contentHash: '' },
    sentences,
    people: makePeople(people, sentences),
    referenceDate: null,
  };
}

/** Quotes of a hand-built article, as [speaker, text] pairs for compact assertions. */
export function quotesOf(paragraphs: readonly string[], people: readonly PersonRef[] = [], title?: string): [string, string][] {
  return extractQuotes(makeContext(paragraphs, people, title)).map((q: Quote) => [q.speaker, q.text]);
}
