// A local HTTP server on 127.0.0.1 for feed tests: routes by path, records every request it receives.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface FixtureServer {
  url(path: string): string;
  port: number;
  /** Requests seen, in order, with their headers. */
  requests: { path: string; headers: http.IncomingHttpHeaders }[];
  route(path: string, handler: Handler): void;
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Handler>();
  const requests: FixtureServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path, headers: req.headers });
    // A client that hangs up mid-body (size cap, timeout) must not crash the fixture.
    res.on('error', () => undefined);
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    route: (path, handler) => void routes.set(path, handler),
    hits: (path) => requests.filter((r) => r.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves a body with optional validators, answering 304 when the client's conditional headers match. */
export function serveDocument(body: string | (() => string), contentType: string, validators: { etag?: string; lastModified?: string } = {}): Handler {
  return (req, res) => {
    const { etag, lastModified } = validators;
    if ((etag && req.headers['if-none-match'] === etag) || (!etag && lastModified && req.headers['if-modified-since'] === lastModified)) {
      res.writeHead(304);
      res.end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': contentType };
    if (etag) headers.etag = etag;
    if (lastModified) headers['last-modified'] = lastModified;
    res.writeHead(200, headers);
    res.end(typeof body === 'function' ? body() : body);
  };
}

export function redirectTo(location: string, status = 302): Handler {
  return (_req, res) => {
    res.writeHead(status, { location });
    res.end();
  };
}

/** Streams `megabytes` of filler without a Content-Length, so only a streaming cap can stop it. */
export function serveHuge(megabytes: number): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let left = (megabytes * 1024 * 1024) / chunk.length;
    const pump = () => {
      while (left > 0) {
        left--;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => (left = 0));
    res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>');
    pump();
  };
}

/** Sends headers, then never finishes the body. */
export function serveStalled(): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
  };
}
