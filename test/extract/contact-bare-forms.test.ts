// Forms written without the small words English usually puts in: a place without "the" before the guest, a mode
// word instead of an article ("in video talks"), an initial without its dot, an assimilated Arabic article.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

const DAY = '2025-11-16';

describe('contact forms with the small words left out', () => {
  it('reads a host who received a guest with the city between ("received in Istanbul the …")', () => {
    const a = analyse(['Foreign Minister Hakan Fidan yesterday received in Istanbul the Egyptian Foreign Minister Bedr Abdulati.'], DAY);
    expect(contactsBetween(a, 'Fidan', 'Abdulati')).toEqual([expect.objectContaining({ date: '2025-11-15', mode: 'in-person' })]);
  });

  it('keeps "es-Sisi" whole, as it keeps "al-Sisi"', () => {
    const a = analyse(['President Erdoğan also today talked on the phone with the President of Egypt Abdulfettah es-Sisi.'], DAY);
    expect(a.people.map((p) => p.name)).toContain('Abdulfettah es-Sisi');
    expect(contactsBetween(a, 'Erdoğan', 'es-Sisi')).toHaveLength(1);
  });

  it('reads "agreed Tuesday in video talks" as a video call of the two', () => {
    const a = analyse(['Defense Minister Taro Nakatani and his Philippine counterpart Gilberto Teodoro agreed Tuesday in video talks to deepen ties.'], DAY);
    expect(contactsBetween(a, 'Nakatani', 'Teodoro')).toEqual([expect.objectContaining({ mode: 'video', date: '2025-11-11' })]);
  });

  it('does not read negotiations under way ("are in talks") as a call', () => {
    const a = analyse(['Trade Minister Ana Ruiz and her Chilean counterpart Pablo Soto are in talks to cut tariffs.'], DAY);
    expect(contactsBetween(a, 'Ruiz', 'Soto')).toHaveLength(0);
  });

  it('reads "S Jaishankar" after a title as a name with an initial', () => {
    const a = analyse(['External Affairs Minister S Jaishankar held talks with German Foreign Minister Johann Wadephul in Berlin on Friday.'], DAY);
    expect(contactsBetween(a, 'Jaishankar', 'Wadephul')).toHaveLength(1);
    expect(analyse(['A Chinese delegation met Foreign Minister Johann Wadephul on Friday.'], DAY).people.map((p) => p.name)).toEqual(['Johann Wadephul']);
  });
});
