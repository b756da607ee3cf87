// The `extract --format json` document has exactly the agreed keys and value kinds.
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/core/corpus/analyse-corpus.js';
import { toExtractJson } from '../../src/core/extract-json.js';
import { article } from './extract-helpers.js';

describe('toExtractJson', () => {
  it('prints articles with people, calls and quotes, and stories with basenames', () => {
    const raw = article(['Russian Defense Minister Sergei Shoigu spoke by phone with US counterpart Lloyd Austin on Friday.',
      '“The talks were useful,” Shoigu said.'], '2022-10-21', 'dir/sub/a.txt');
    const json = toExtractJson(analyseCorpus([raw]));
    expect(Object.keys(json)).toEqual(['articles', 'stories']);
    const [a] = json.articles;
    expect(Object.keys(a ?? {})).toEqual(['file', 'title', 'published', 'outlet', 'people', 'calls', 'quotes']);
    expect(a?.file).toBe('a.txt');
    expect(Object.keys(a?.people[0] ?? {})).toEqual(['name', 'role', 'aliases']);
    expect(a?.calls[0]).toEqual({ participants: ['Sergei Shoigu', 'Lloyd Austin'], date: '2022-10-21', date_inferred: false,
      mode: 'phone', initiator: null, duration: null, evidence: expect.stringContaining('spoke by phone') });
    expect(json.stories).toEqual([{ id: 'austin-shoigu-2022-10-21', date: '2022-10-21', title: expect.any(String), articles: ['a.txt'] }]);
  });
});
