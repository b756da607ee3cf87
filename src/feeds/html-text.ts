// HTML → plain paragraphs. Only text leaves this module: markup from feeds and pages never reaches storage or chat.
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD',
  'TH', 'TR', 'UL',
]);
const SKIP = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'svg', 'SVG', 'BUTTON', 'SELECT', 'OBJECT', 'HEAD']);

/** The slice of the DOM this code uses (the project compiles without the DOM lib). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
export interface DomDocument extends DomElement {
  body: DomElement;
  title: string;
}

/** Parses an HTML document, or a fragment wrapped into one. */
export function parseHtmlDocument(html: string): DomDocument {
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return (parseHTML(wrapped) as unknown as { document: DomDocument }).document;
}

/** Text of an element as paragraphs: block elements and <br> break paragraphs, whitespace is collapsed. */
export function nodeToParagraphs(root: DomNode): string[] {
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    cur = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      cur += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    if (SKIP.has(node.nodeName)) return;
    const block = BLOCK.has(node.nodeName.toUpperCase());
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

/** An HTML fragment (feed description, escaped title) as paragraphs of plain text. */
export function htmlToParagraphs(html: string): string[] {
  if (!/[<&]/.test(html)) {
    const t = html.replace(/\s+/g, ' ').trim();
    return t ? [t] : [];
  }
  return nodeToParagraphs(parseHtmlDocument(html).body);
}

/** One line of plain text from an HTML fragment (titles, names). */
export function htmlToLine(html: string): string {
  return htmlToParagraphs(html).join(' ');
}
