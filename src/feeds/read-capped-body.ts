// Reads a response body, decompressing it, and aborts the moment it passes the size cap (no 30 MB in memory).
import type http from 'node:http';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { FetchError } from './fetch-error.js';

export function readCappedBody(res: http.IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const mb = `${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB`;
  const tooLarge = () => new FetchError('too_large', `the response is larger than the ${mb} limit`);
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    return Promise.reject(tooLarge());
  }
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  let stream: Readable = res;
  // The cap counts decompressed bytes, so a small gzip bomb is stopped too.
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(zlib.createGunzip());
  else if (encoding === 'deflate') stream = res.pipe(zlib.createInflate());
  else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
  else if (encoding !== '' && encoding !== 'identity') {
    res.destroy();
    return Promise.reject(new FetchError('network', `unsupported content encoding "${encoding.slice(0, 40)}"`));
  }

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      res.destroy();
      if (stream !== res) stream.destroy();
      reject(err);
    };
    const onAbort = () => fail(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    if (stream !== res) res.on('error', fail);
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) fail(tooLarge());
      else chunks.push(chunk);
    });
    stream.on('error', (err) => fail(err instanceof FetchError ? err : new FetchError('network', `the response was cut off (${err.message})`)));
    stream.on('end', () => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      resolve(Buffer.concat(chunks));
    });
  });
}
