// `readout ask` on the seed corpus: every gold question answered with its facts and sources; bad input answered kindly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/app.js';
import { createApp } from '../../src/app/create-app.js';
import { ask } from '../../src/cli/ask.js';
import { loadSeedGold } from '../helpers/seed-gold.js';

let app: App;
beforeAll(async () => {
  app = await createApp({ dataDir: 'memory://', seed: true });
});
afterAll(async () => {
  await app?.close();
});

describe('gold questions through readout ask', () => {
  for (const q of loadSeedGold().questions) {
    it(`${q.ask} answers as a careful reader would`, async () => {
      const { output, exitCode } = await ask(app, q.ask);
      expect(exitCode).toBe(0);
      for (const s of q.must_include ?? []) expect(output).toContain(s);
      for (const s of q.must_not_include ?? []) expect(output).not.toContain(s);
      for (const f of q.must_cite_all_of ?? []) expect(output).toContain(f);
    });
  }
});

describe('answers cite their sources', () => {
  it('every fact line of /who-called Shoigu points at a numbered source with an evidence sentence', async () => {
    const { output } = await ask(app, '/who-called Shoigu', 'json');
    const answer = JSON.parse(output) as { sections: { lines: { cites: number[] }[] }[]; citations: { evidence: string }[] };
    const lines = answer.sections.flatMap((s) => s.lines);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(l.cites.length).toBeGreaterThan(0);
    for (const c of answer.citations) expect(c.evidence.length).toBeGreaterThan(10);
  });
  it('a name matches whatever its spelling or case', async () => {
    for (const spelling of ['shoigu', 'Shoygu', 'SHOIGU', 'Sergei Shoigu']) {
      const { output } = await ask(app, `/who-called ${spelling}`);
      expect(output).toContain('Lloyd Austin');
    }
  });
  it('an ambiguous surname lists the candidates', async () => {
    const { output } = await ask(app, '/who-called Sullivan');
    expect(output).toContain('Jake Sullivan');
    expect(output).toContain('John Sullivan');
  });
});

describe('bad input gets a clear answer and loses nothing', () => {
  const hostile = [
    '',
    '/who-called ' + 'x'.repeat(10_000),
    '/nosuchcommand',
    '/who-called Nobodyatall',
    "/search '); DROP TABLE articles; --",
    '/search &|!:*',
    "/quotes '); DROP TABLE quotes; --",
    '/who-called **bold** <@123> @everyone',
    '/search 🦄🔥',
    '/who-called Shoigu limit:0',
    '/who-called Shoigu since:yesterday',
    '/stories since:2022-13-45',
    '/help nosuch',
  ];
  for (const line of hostile) {
    it(`answers ${JSON.stringify(line.slice(0, 40))} with a message and exit code 0`, async () => {
      const { output, exitCode } = await ask(app, line);
      expect(exitCode).toBe(0);
      expect(output.trim().length).toBeGreaterThan(5);
      expect(output.length).toBeLessThan(4000);
    });
  }
  it('after all of that the corpus is intact', async () => {
    const { output } = await ask(app, '/who-called Shoigu');
    expect(output).toContain('2022-05-13');
    expect(output).toContain('2022-10-21');
  });
});
