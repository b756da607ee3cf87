// Renders an Answer as Slack Block Kit messages that respect every Slack limit, with a plain-text fallback.
import type { types } from '@slack/bolt';
import type { Answer, Citation } from '../../core/answer.js';
import { escapeMrkdwn, mrkdwnLink, truncateMrkdwn, truncatePlain } from './mrkdwn.js';

type Block = types.KnownBlock;

/** Slack's published limits (Block Kit reference) and our own cap on split messages. */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  contextText: 2000,
  fallbackText: 3000,
  /** A source's evidence sentence is shown up to this length. */
  evidence: 500,
  /** response_url takes 5 posts; an answer never needs more than a few messages. */
  messages: 3,
} as const;

export interface SlackMessage {
  /** Notification / screen-reader text; Slack shows blocks when present. */
  text: string;
  blocks: Block[];
}

export interface RenderOptions {
  /** Split into at most this many messages; whatever does not fit becomes "… and N more". */
  maxMessages?: number;
}

/** One unit of text: a heading starts a new block; items are what "… and N more" counts. */
interface Piece {
  text: string;
  heading?: boolean;
  item?: 'line' | 'source';
}

interface PackedBlock {
  block: Block;
  items: { line: number; source: number };
}

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } });

function citeMarks(cites: number[]): string {
  return cites.length ? '  ' + cites.map((i) => `[${i + 1}]`).join('') : '';
}

function sourceLine(c: Citation, n: number): string {
  const where = [c.outlet ? escapeMrkdwn(c.outlet) : null, c.date ?? 'date unknown'].filter(Boolean).join(', ');
  const head = `*[${n}]* ${mrkdwnLink(c.url, truncatePlain(c.title || c.article, 300))} — ${where}`;
  const evidence = truncateMrkdwn(escapeMrkdwn(c.evidence), SLACK_LIMITS.evidence);
  return evidence ? `${head}\n> “${evidence}”` : head;
}

function pieces(a: Answer): Piece[] {
  const out: Piece[] = [];
  if (a.summary) out.push({ text: escapeMrkdwn(a.summary, { multiline: true }), heading: true });
  for (const s of a.sections) {
    if (s.heading) out.push({ text: `*${escapeMrkdwn(s.heading)}*`, heading: true });
    for (const l of s.lines) {
      const notes = (l.notes ?? []).map((n) => `\n      _${truncateMrkdwn(escapeMrkdwn(n), 300)}_`).join('');
      const text = truncateMrkdwn(escapeMrkdwn(l.text), 2000);
      out.push({ text: `• ${text}${citeMarks(l.cites)}${notes}`, item: 'line' });
    }
  }
  if (a.citations.length) out.push({ text: '*Sources*', heading: true });
  a.citations.forEach((c, i) => out.push({ text: sourceLine(c, i + 1), item: 'source' }));
  return out.map((p) => ({ ...p, text: truncateMrkdwn(p.text, SLACK_LIMITS.sectionText) }));
}

/** Packs pieces into section blocks of at most 3,000 characters, a heading always opening a block. */
function pack(list: Piece[]): PackedBlock[] {
  const blocks: PackedBlock[] = [];
  let text = '';
  let items = { line: 0, source: 0 };
  const flush = () => {
    if (text) blocks.push({ block: section(text), items });
    text = '';
    items = { line: 0, source: 0 };
  };
  for (const p of list) {
    if (p.heading || (text && text.length + 1 + p.text.length > SLACK_LIMITS.sectionText)) flush();
    text = text ? `${text}\n${p.text}` : p.text;
    if (p.item) items[p.item]++;
  }
  flush();
  return blocks;
}

function moreNote(dropped: PackedBlock[]): Block {
  const lines = dropped.reduce((n, b) => n + b.items.line, 0);
  const sources = dropped.reduce((n, b) => n + b.items.source, 0);
  const parts = [lines ? `${lines} more line${lines === 1 ? '' : 's'}` : '', sources ? `${sources} more source${sources === 1 ? '' : 's'}` : ''];
  return section(`_… and ${parts.filter(Boolean).join(' and ') || 'more'}_`);
}

function fallback(a: Answer): string {
  const first = a.summary ?? a.sections[0]?.lines[0]?.text ?? '';
  return truncateMrkdwn(escapeMrkdwn(first ? `${a.title}: ${first}` : a.title), SLACK_LIMITS.fallbackText);
}

/** Answer → one or more Slack messages (header, summary, sections, hint, numbered sources). */
export function renderSlackMessages(answer: Answer, opts: RenderOptions = {}): SlackMessage[] {
  const maxMessages = Math.max(1, opts.maxMessages ?? SLACK_LIMITS.messages);
  const header: Block = { type: 'header', text: { type: 'plain_text', text: truncatePlain(answer.title || 'Readout', SLACK_LIMITS.headerText), emoji: true } };
  const body = pack(pieces(answer));
  if (answer.error?.hint) {
    const hint = truncateMrkdwn(escapeMrkdwn(answer.error.hint, { multiline: true }), SLACK_LIMITS.contextText);
    body.splice(answer.summary ? 1 : 0, 0, { block: { type: 'context', elements: [{ type: 'mrkdwn', text: hint, verbatim: true }] }, items: { line: 0, source: 0 } });
  }
  const capacity = maxMessages * SLACK_LIMITS.blocksPerMessage - 1; // the header takes one block
  let all: Block[] = body.map((b) => b.block);
  if (body.length > capacity) all = [...all.slice(0, capacity - 1), moreNote(body.slice(capacity - 1))];
  all.unshift(header);
  const messages: SlackMessage[] = [];
  for (let i = 0; i < all.length; i += SLACK_LIMITS.blocksPerMessage) {
    const text = i === 0 ? fallback(answer) : truncateMrkdwn(`${escapeMrkdwn(answer.title)} (continued)`, SLACK_LIMITS.fallbackText);
    messages.push({ text, blocks: all.slice(i, i + SLACK_LIMITS.blocksPerMessage) });
  }
  return messages;
}
