// The `readout extract --format json` document: exactly the shape the eval and users read (issue 2, item 7).
import type { CorpusAnalysis } from './types.js';

export interface ExtractJson {
  articles: {
    file: string;
    title: string;
    published: string | null;
    outlet: string | null;
    people: { name: string; role: string | null; aliases: string[] }[];
    calls: {
      participants: string[];
      date: string | null;
      date_inferred: boolean;
      mode: string;
      initiator: string | null;
      duration: string | null;
      evidence: string;
    }[];
    quotes: { speaker: string; text: string; evidence: string }[];
  }[];
  stories: { id: string; date: string | null; title: string; articles: string[] }[];
}

/** Basename of an article key (a path or a URL keeps only its last segment). */
const basename = (file: string): string => file.split(/[\\/]/u).filter(Boolean).pop() ?? file;

export function toExtractJson(corpus: CorpusAnalysis): ExtractJson {
  return {
    articles: corpus.articles.map((a) => ({
      file: basename(a.article.file),
      title: a.article.title,
      published: a.article.published,
      outlet: a.article.outlet,
      people: a.people.map((p) => ({ name: p.name, role: p.role, aliases: [...p.aliases] })),
      calls: a.contacts.map((c) => ({
        participants: [...c.participants],
        date: c.date,
        date_inferred: c.dateInferred,
        mode: c.mode,
        initiator: c.initiator,
        duration: c.duration,
        evidence: c.evidence,
      })),
      quotes: a.quotes.map((q) => ({ speaker: q.speaker, text: q.text, evidence: q.evidence })),
    })),
    stories: corpus.stories.map((s) => ({ id: s.id, date: s.date, title: s.title, articles: s.articles.map(basename) })),
  };
}
