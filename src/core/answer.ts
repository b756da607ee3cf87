// The platform-neutral reply of every command: adapters render it, nothing else answers users.

/** Where a line comes from: an article, its outlet and date, and the sentence that says it. */
export interface Citation {
  /** Article key: file basename or URL. */
  article: string;
  title: string;
  outlet: string | null;
  /** Publication date YYYY-MM-DD, or null when unknown. */
  date: string | null;
  url: string | null;
  evidence: string;
}

/** One statement of an answer. `cites` index into Answer.citations (0-based). Text is plain: renderers escape it. */
export interface AnswerLine {
  text: string;
  cites: number[];
  /** A caveat shown with the line: "date inferred from other coverage", "outlets disagree: …". */
  notes?: string[];
}

export interface AnswerSection {
  heading?: string;
  lines: AnswerLine[];
}

/** Stable error identifiers; adapters may choose their own wording, core gives a default message. */
export type ErrorCode =
  | 'person.unknown'
  | 'person.ambiguous'
  | 'option.invalid'
  | 'command.unknown'
  | 'input.too_long'
  | 'permission.denied'
  | 'not_found'
  | 'unavailable'
  | 'internal';

export interface Answer {
  /** result: facts; empty: nothing found; error: the user must change something; info: help and confirmations. */
  kind: 'result' | 'empty' | 'error' | 'info';
  title: string;
  /** One short paragraph above the sections. */
  summary?: string;
  sections: AnswerSection[];
  citations: Citation[];
  /** Only the asking user should see it (errors, "nothing found", previews). */
  ephemeral: boolean;
  error?: { code: ErrorCode; hint?: string };
}

export function errorAnswer(code: ErrorCode, title: string, summary?: string, hint?: string): Answer {
  return { kind: 'error', title, summary, sections: [], citations: [], ephemeral: true, error: { code, hint } };
}

export function emptyAnswer(title: string, summary?: string): Answer {
  return { kind: 'empty', title, summary, sections: [], citations: [], ephemeral: true };
}

export function infoAnswer(title: string, summary?: string, sections: AnswerSection[] = [], ephemeral = true): Answer {
  return { kind: 'info', title, summary, sections, citations: [], ephemeral };
}

/** Builds the citation list of an answer, giving one number per distinct (article, evidence) pair. */
export function createCitationList(): { add(c: Citation): number; list: Citation[] } {
  const list: Citation[] = [];
  const index = new Map<string, number>();
  return {
    list,
    add(c) {
      const key = `${c.article}\u0000${c.evidence}`;
      const found = index.get(key);
      if (found !== undefined) return found;
      list.push(c);
      index.set(key, list.length - 1);
      return list.length - 1;
    },
  };
}

/** Total characters of the answer's text, for adapters deciding whether to split. */
export function answerLength(a: Answer): number {
  let n = a.title.length + (a.summary?.length ?? 0);
  for (const s of a.sections) {
    n += s.heading?.length ?? 0;
    for (const l of s.lines) n += l.text.length + (l.notes?.join(' ').length ?? 0);
  }
  for (const c of a.citations) n += c.title.length + c.evidence.length + (c.outlet?.length ?? 0);
  return n;
}
