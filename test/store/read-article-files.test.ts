// Reading article files for ingest: files and directories, .txt/.md only from directories, basename as key.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../src/ingest/read-article-files.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'b.txt'), 'Second article.');
writeFileSync(join(dir, 'a.md'), 'First article.');
writeFileSync(join(dir, 'notes.json'), '{}');
writeFileSync(join(dir, '.hidden.txt'), 'hidden');
mkdirSync(join(dir, 'sub'));
writeFileSync(join(dir, 'sub', 'c.txt'), 'Nested article.');
writeFileSync(join(dir, 'explicit.html'), '<p>Named on purpose.</p>');

describe('readArticleFiles', () => {
  it('a directory gives its .txt and .md files (nested too), sorted, keyed by basename', async () => {
    const arts = await readArticleFiles([dir]);
    expect(arts.map((a) => a.file)).toEqual(['a.md', 'b.txt', 'c.txt']);
    expect(arts[0]?.text).toBe('First article.');
  });

  it('a file named explicitly is read whatever its extension', async () => {
    const arts = await readArticleFiles([join(dir, 'explicit.html'), join(dir, 'b.txt')]);
    expect(arts.map((a) => a.file)).toEqual(['explicit.html', 'b.txt']);
  });

  it('a missing path is a clear error naming it', async () => {
    await expect(readArticleFiles([join(dir, 'nope.txt')])).rejects.toThrow(/No such file or directory: .*nope\.txt/);
  });
});
