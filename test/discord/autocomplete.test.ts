import { describe, expect, it } from 'vitest';
import type { PersonSummary } from '../../src/core/knowledge.js';
import { indexEntries, matchNames, MAX_CHOICES } from '../../src/adapters/discord/autocomplete.js';

let id = 0;
const person = (name: string, role: string | null = null, aliases: string[] = []): PersonSummary => ({ id: ++id, name, role, aliases });

const people = indexEntries([
  person('Sergei Shoigu', 'Russian Defence Minister'),
  person('Lloyd Austin', 'US Defense Secretary'),
  person('Jake Sullivan', 'national security adviser'),
  person('John Sullivan', 'US ambassador to Russia'),
  person('Oleksii Reznikov', null, ['Oleksiy Reznikov']),
  person('Volodymyr Zelenskyy'),
  person('Shota Rustaveli'),
  ...Array.from({ length: 40 }, (_, i) => person(`Person Number${i}`)),
]);

describe('autocomplete matching', () => {
  it('a prefix of the surname finds the full name, best match first', () => {
    const r = matchNames(people, 'shoi');
    expect(r[0]).toEqual({ name: 'Sergei Shoigu — Russian Defence Minister', value: 'Sergei Shoigu' });
    expect(r.map((c) => c.value)).not.toContain('Lloyd Austin');
  });

  it('full-name prefixes rank above surname prefixes', () => {
    expect(matchNames(people, 'sho').map((c) => c.value)).toEqual(['Shota Rustaveli', 'Sergei Shoigu']);
  });

  it('a misspelling one letter off still finds the person', () => {
    expect(matchNames(people, 'Shoygu')[0]?.value).toBe('Sergei Shoigu');
    expect(matchNames(people, 'zelensky')[0]?.value).toBe('Volodymyr Zelenskyy');
    expect(matchNames(people, 'xyzzy')).toEqual([]);
  });

  it('aliases and case/diacritics are matched', () => {
    expect(matchNames(people, 'OLEKSIY')[0]?.value).toBe('Oleksii Reznikov');
    expect(matchNames(people, 'šhoigu')[0]?.value).toBe('Sergei Shoigu');
  });

  it('two people sharing a surname are told apart by role', () => {
    const r = matchNames(people, 'sullivan');
    expect(r.map((c) => c.name)).toEqual(['Jake Sullivan — national security adviser', 'John Sullivan — US ambassador to Russia']);
  });

  it('never more than 25 choices, each within 100 characters', () => {
    const long = indexEntries([person('A'.repeat(150), 'r'.repeat(50))]);
    expect(matchNames(people, '').length).toBe(MAX_CHOICES);
    expect(matchNames(people, 'person').length).toBe(MAX_CHOICES);
    const [c] = matchNames(long, 'a');
    expect(c!.name.length).toBeLessThanOrEqual(100);
    expect(c!.value.length).toBeLessThanOrEqual(100);
  });
});
