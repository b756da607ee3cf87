// Bytes → text in the charset the server or the document declares (feeds from many countries are not all UTF-8).
import { TextDecoder } from 'node:util';

function charsetFrom(buf: Buffer, contentType: string | null): string | null {
  const header = contentType && /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType);
  if (header) return header[1]!;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  const head = buf.subarray(0, 2048).toString('latin1');
  const declared =
    /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return declared ? declared[1]! : null;
}

export function decodeBody(buf: Buffer, contentType: string | null): string {
  const charset = charsetFrom(buf, contentType) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    // An unknown label ("x-user-defined-foo") falls back to UTF-8 rather than losing the item.
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(buf);
}
