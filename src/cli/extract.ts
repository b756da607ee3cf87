// `readout extract --format json <file|dir>...`: the pipeline's findings as JSON, without database or network.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { RawArticle } from '../core/types.js';

async function collect(path: string, out: string[]): Promise<void> {
  const s = await stat(path);
  if (s.isDirectory()) {
    for (const name of (await readdir(path)).sort()) {
      if (/\.(txt|md)$/i.test(name)) await collect(join(path, name), out);
    }
  } else out.push(path);
}

export async function readRawArticles(paths: string[]): Promise<RawArticle[]> {
  const files: string[] = [];
  for (const p of paths) await collect(p, files);
  return Promise.all(files.map(async (f) => ({ file: basename(f), text: await readFile(f, 'utf8') })));
}

export async function extractCli(argv: string[]): Promise<number> {
  const paths: string[] = [];
  let format = 'json';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format') format = argv[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice(9);
    else paths.push(a);
  }
  if (format !== 'json') {
    console.error('Only --format json is supported.');
    return 2;
  }
  if (!paths.length) {
    console.error('Usage: readout extract --format json <file|dir>...');
    return 2;
  }
  let raws: RawArticle[];
  try {
    raws = await readRawArticles(paths);
  } catch (err) {
    console.error(`Cannot read input: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const { analyseCorpus } = await import('../core/corpus/analyse-corpus.js');
  const { toExtractJson } = await import('../core/extract-json.js');
  process.stdout.write(JSON.stringify(toExtractJson(analyseCorpus(raws))) + '\n');
  return 0;
}
