// The scorer maps a found name to the gold person: by name or alias, forms of address in gold aliases left out.
import { describe, expect, it } from 'vitest';
import { canonical, GoldFile } from '../../scripts/eval-score.js';

const gold = GoldFile.parse({
  about: '', stories: [], articles: [], questions: [],
  people: [
    { name: 'Mohammed bin Salman', aliases: ['His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud'] },
    { name: 'Faisal bin Farhan', aliases: ['Prince Faisal bin Farhan bin Abdullah'] },
  ],
});

describe('scorer name matching', () => {
  it('matches a found name to a gold alias written with its forms of address', () => {
    expect(canonical(gold, 'Mohammed bin Salman bin Abdulaziz Al Saud')).toBe('Mohammed bin Salman');
    expect(canonical(gold, 'Faisal bin Farhan bin Abdullah')).toBe('Faisal bin Farhan');
  });

  it('leaves a name that is no gold person as it is', () => {
    expect(canonical(gold, 'Royal Highness')).toBe('Royal Highness');
    expect(canonical(gold, 'Abdulaziz bin Salman')).toBe('Abdulaziz bin Salman');
  });
});
