// Reads article files for ingest: each path is a file or a directory of .txt/.md files; the basename is the key.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { RawArticle } from '../core/types.js';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

/** Files named explicitly are read whatever their extension; directories contribute their .txt/.md files, sorted. */
export async function readArticleFiles(paths: readonly string[]): Promise<RawArticle[]> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (info === null) throw new Error(`No such file or directory: ${p}`);
    if (info.isDirectory()) files.push(...(await listArticles(p)));
    else files.push(p);
  }
  const out: RawArticle[] = [];
  for (const f of files) out.push({ file: basename(f), text: await readFile(f, 'utf8') });
  return out;
}

async function listArticles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listArticles(full)));
    else if (e.isFile() && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}
