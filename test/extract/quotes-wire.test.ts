// Wire and translated-readout layouts: speakers with a relative clause, "it said in the statement of X", role re-mentions.
import { describe, expect, it } from 'vitest';
import { person, quotesOf } from './quote-test-helpers.js';

const holm = person('Karin Holm', 'EU envoy', ['Ms Holm']);
const weber = person('Jonas Weber', 'government spokesman');
const krause = person('Anna Krause', 'Chancellor');

describe('an unnamed speaker with a relative clause before the verb', () => {
  it('"one diplomat who has worked with her said" is the diplomat, not "her"', () => {
    expect(quotesOf(['Ms Holm is said to prefer long meetings. "She will sit in a room for six hours if she has to," one diplomat who has worked with her said.'], [holm]))
      .toEqual([['one diplomat', 'She will sit in a room for six hours if she has to']]);
    expect(quotesOf(['“The talks are stuck on the border question,” two officials who asked not to be named told reporters.'], [holm]))
      .toEqual([['two officials', 'The talks are stuck on the border question']]);
  });
  it('a pronoun object without any speaker noun before it still gives no speaker', () => {
    expect(quotesOf(['“We will see what the summit brings in the end,” the plan that worked for her said.'], [holm])).toEqual([]);
  });
});

describe('impersonal attributions of translated readouts', () => {
  it('"it said in the communication of the government spokesman" gives the spokesman', () => {
    expect(quotesOf(['Government spokesman Jonas Weber confirmed the call. Krause condemned the attacks in the conversation. ' +
      '„The Chancellor urged the president to be ready for negotiations“, it said in the communication of the government spokesman.'], [weber, krause]))
      .toEqual([['Jonas Weber', 'The Chancellor urged the president to be ready for negotiations']]);
  });
  it('"is said in the communique of the department." alone after a lost opening mark gives the ministry', () => {
    expect(quotesOf(['The Estonian Foreign Ministry reported the call.', 'The ministers exchanged views on the situation in the Baltic Sea,”',
      'is said in the communique of the department.'], []))
      .toEqual([['Estonian Foreign Ministry', 'The ministers exchanged views on the situation in the Baltic Sea']]);
  });
  it('"it said in a statement" without an author stays with the latest organisation', () => {
    expect(quotesOf(['The Estonian Foreign Ministry reported the call. “The ministers exchanged views on the Baltic Sea,” it said in a statement.'], []))
      .toEqual([['Estonian Foreign Ministry', 'The ministers exchanged views on the Baltic Sea']]);
  });
});

describe('a role whose words match one person’s role', () => {
  it('"the government spokesman" is the spokesman, not the person who opened the sentence before', () => {
    expect(quotesOf(['Government spokesman Jonas Weber briefed reporters. Krause spent the day in Brussels. ' +
      '“The call lasted about an hour,” the government spokesman said.'], [weber, krause]))
      .toEqual([['Jonas Weber', 'The call lasted about an hour']]);
  });
});

describe('names in quotation marks', () => {
  it('a title-case name with the sentence’s full stop inside the marks is not a quote; a sentence is', () => {
    expect(quotesOf(['The two ministers said they would work toward a "Free and Open Indo-Pacific."'])).toEqual([]);
    expect(quotesOf(['The minister said: "We will not give up our claims in the region."']))
      .toEqual([['minister', 'We will not give up our claims in the region.']]);
  });
});
