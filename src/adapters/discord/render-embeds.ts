// Answer → Discord messages of embeds that respect every Discord limit: split across messages, then truncate.
import type { APIEmbed } from 'discord.js';
import type { Answer, Citation } from '../../core/answer.js';
import { escapeMarkdown, fit, safeUrl } from './markdown.js';

/** Discord's published limits for embeds in one message. */
export const LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, total: 6000, embeds: 10 } as const;

export interface RenderedMessage {
  embeds: APIEmbed[];
}

/** Article text must never ping anyone: every message we send carries this. */
export const NO_MENTIONS = { parse: [] as [] };

const COLORS: Record<Answer['kind'], number> = { result: 0x2b6cb0, empty: 0x718096, error: 0xc53030, info: 0x4a5568 };
const ITEM_MAX = 1500; // one line or paragraph; keeps every piece far below a description
const EVIDENCE_MAX = 350;

type Piece = { kind: 'text'; text: string } | { kind: 'heading'; text: string } | { kind: 'field'; name: string; value: string };

function sourceField(c: Citation, n: number): Piece {
  // Without a known outlet the article itself (file name or URL) is the most telling label.
  const label = c.outlet ?? c.article;
  const meta = `[${n}] ${escapeMarkdown(label)} · ${c.date ?? 'undated'}`;
  const title = fit(escapeMarkdown(c.title || c.article), 200);
  const url = safeUrl(c.url);
  const head = url ? `[${title}](${url})` : c.outlet ? `${title} — ${fit(escapeMarkdown(c.article), 120)}` : title;
  const evidence = escapeMarkdown(c.evidence.replace(/\s+/g, ' ').trim());
  return { kind: 'field', name: fit(meta, LIMITS.fieldName), value: fit(`${head}\n> ${fit(evidence, EVIDENCE_MAX)}`, LIMITS.fieldValue) };
}

/** Builds the pieces of the answer keeping only the first `keep` lines (Infinity = all). */
function pieces(a: Answer, keep: number): { body: Piece[]; cited: Set<number>; dropped: number } {
  const body: Piece[] = [];
  if (a.summary) body.push({ kind: 'text', text: fit(escapeMarkdown(a.summary), ITEM_MAX) });
  if (a.error?.hint && a.error.hint !== a.summary) body.push({ kind: 'text', text: fit(`_${escapeMarkdown(a.error.hint)}_`, ITEM_MAX) });
  const cited = new Set<number>();
  let kept = 0;
  let total = 0;
  for (const s of a.sections) {
    total += s.lines.length;
    if (kept >= keep) continue;
    if (s.heading) body.push({ kind: 'heading', text: `**${fit(escapeMarkdown(s.heading), 200)}**` });
    for (const l of s.lines) {
      if (kept >= keep) break;
      kept++;
      const cites = l.cites.filter((i) => i >= 0 && i < a.citations.length);
      cites.forEach((i) => cited.add(i));
      const refs = cites.length ? ' ' + cites.map((i) => `[${i + 1}]`).join('') : '';
      const notes = (l.notes ?? []).map((n) => `\n  ↳ _${escapeMarkdown(n)}_`).join('');
      body.push({ kind: 'text', text: fit(`• ${escapeMarkdown(l.text)}${refs}${notes}`, ITEM_MAX) });
    }
  }
  const dropped = total - kept;
  if (dropped > 0) body.push({ kind: 'text', text: `… and ${dropped} more` });
  return { body, cited, dropped };
}

function pack(a: Answer, body: Piece[], sources: Piece[], maxTotal: number): RenderedMessage[] {
  const color = COLORS[a.kind];
  const messages: APIEmbed[][] = [[]];
  const st = { embed: { color } as APIEmbed, total: 0 };
  const open = (need: number, title?: string): APIEmbed => {
    if (messages[messages.length - 1]!.length >= LIMITS.embeds || (messages[messages.length - 1]!.length > 0 && st.total + need > maxTotal)) {
      messages.push([]);
      st.total = 0;
    }
    st.embed = { color };
    if (title) {
      st.embed.title = title;
      st.total += title.length;
    }
    messages[messages.length - 1]!.push(st.embed);
    return st.embed;
  };
  open(0, fit(escapeMarkdown(a.title || 'Readout'), LIMITS.title));
  let sourcesTitled = false;
  for (const p of [...body, ...sources]) {
    let e = st.embed;
    if (p.kind === 'field') {
      const size = p.name.length + p.value.length;
      if (!sourcesTitled || (e.fields?.length ?? 0) >= LIMITS.fields || st.total + size > maxTotal) {
        e = open(size + (sourcesTitled ? 0 : 7), sourcesTitled ? undefined : 'Sources');
        sourcesTitled = true;
      }
      (e.fields ??= []).push({ name: p.name, value: p.value });
      st.total += size;
    } else {
      const sep = e.description ? 1 : 0;
      const len = (e.description?.length ?? 0) + sep + p.text.length;
      if (e.fields?.length || len > LIMITS.description || st.total + sep + p.text.length > maxTotal) {
        e = open(p.text.length);
      }
      st.total += (e.description ? 1 : 0) + p.text.length;
      e.description = e.description ? `${e.description}\n${p.text}` : p.text;
    }
  }
  return messages.filter((m) => m.length > 0).map((embeds) => ({ embeds }));
}

function renderWithin(a: Answer, keep: number, maxSources: number, maxTotal: number): RenderedMessage[] {
  const { body, cited } = pieces(a, keep);
  // Sources cited by the lines shown; an answer whose lines cite nothing (search hits) lists all of its sources.
  const order = cited.size ? [...cited].sort((x, y) => x - y) : a.citations.map((_, i) => i);
  const sources = order.slice(0, maxSources).map((i) => sourceField(a.citations[i]!, i + 1));
  const tail: Piece[] = order.length > maxSources ? [{ kind: 'text', text: `… and ${order.length - maxSources} more sources` }] : [];
  return pack(a, body, [...sources, ...tail], maxTotal);
}

export interface RenderOptions {
  /** Most messages one answer may become; the rest is cut with "… and N more". */
  maxMessages?: number;
  /** Most sources listed. */
  maxSources?: number;
  /** Characters of each message's 6,000 kept free for text the caller adds (the digest poster's footer). */
  reserve?: number;
}

/** Renders an answer into at most `maxMessages` messages, each within Discord's embed limits. */
export function renderAnswer(a: Answer, opts: RenderOptions = {}): RenderedMessage[] {
  const maxMessages = Math.max(1, opts.maxMessages ?? 3);
  const maxSources = opts.maxSources ?? 40;
  const maxTotal = LIMITS.total - (opts.reserve ?? 0);
  const render = (a: Answer, keep: number, sources: number) => renderWithin(a, keep, sources, maxTotal);
  const all = render(a, Infinity, maxSources);
  if (all.length <= maxMessages) return all;
  // Keep as many lines as fit: binary search on the number of lines shown.
  const lines = a.sections.reduce((n, s) => n + s.lines.length, 0);
  let lo = 0;
  let hi = lines;
  let best = render(a, 0, maxSources);
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const out = render(a, mid, maxSources);
    if (out.length <= maxMessages) {
      best = out;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Even with no lines the sources may not fit: cut the source list too.
  return best.length <= maxMessages ? best : render(a, 0, 10).slice(0, maxMessages);
}

/** Every limit a message breaks (empty when it is valid); used by tests and as a last guard before sending. */
export function limitProblems(m: RenderedMessage): string[] {
  const problems: string[] = [];
  if (m.embeds.length > LIMITS.embeds) problems.push(`${m.embeds.length} embeds`);
  let total = 0;
  m.embeds.forEach((e, i) => {
    const t = e.title?.length ?? 0;
    const d = e.description?.length ?? 0;
    if (t > LIMITS.title) problems.push(`embed ${i}: title ${t}`);
    if (d > LIMITS.description) problems.push(`embed ${i}: description ${d}`);
    if ((e.fields?.length ?? 0) > LIMITS.fields) problems.push(`embed ${i}: ${e.fields!.length} fields`);
    total += t + d + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
    for (const f of e.fields ?? []) {
      if (f.name.length > LIMITS.fieldName) problems.push(`embed ${i}: field name ${f.name.length}`);
      if (f.value.length > LIMITS.fieldValue) problems.push(`embed ${i}: field value ${f.value.length}`);
      if (!f.name.length || !f.value.length) problems.push(`embed ${i}: empty field`);
      total += f.name.length + f.value.length;
    }
  });
  if (total > LIMITS.total) problems.push(`total ${total}`);
  return problems;
}
