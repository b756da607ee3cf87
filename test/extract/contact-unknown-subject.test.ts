// "X spoke with B and C": conversations of X with each; when X names no one the text identifies, B and C still did
// not speak with each other.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('a talking verb whose subject names no one found', () => {
  it('the objects are no contact among themselves', () => {
    const a = analyse([
      'A regional leader spoke with Trade Minister Ana Duarte and Mayor Piotr Nowak on Monday as the dispute deepened.',
      'The port strike entered its third week.',
    ], '2024-06-12');
    expect(contactsBetween(a, 'Duarte', 'Nowak')).toHaveLength(0);
  });
  it('with a named subject, one contact with each object', () => {
    const a = analyse(['Governor Lena Hart spoke with Trade Minister Ana Duarte and Mayor Piotr Nowak on Monday.'], '2024-06-12');
    expect(contactsBetween(a, 'Hart', 'Duarte')).toHaveLength(1);
    expect(contactsBetween(a, 'Hart', 'Nowak')).toHaveLength(1);
    expect(contactsBetween(a, 'Duarte', 'Nowak')).toHaveLength(0);
  });
  it('a video conference with B and C brings them together even with no subject found', () => {
    const a = analyse(['A regional leader held a video conference with Trade Minister Ana Duarte and Mayor Piotr Nowak on Monday.'], '2024-06-12');
    expect(contactsBetween(a, 'Duarte', 'Nowak')).toHaveLength(1);
  });
});
