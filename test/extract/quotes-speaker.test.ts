// Attribution layouts, each with a paragraph it must attribute and one it must not, on hand-built articles.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/extract/quotes.js';
import { makeContext, person, quotesOf } from './quote-test-helpers.js';

const keller = person('Maria Keller', 'Foreign Minister');
const berg = person('Tomas Berg', 'Defence Minister');
const novak = person('Hana Novak', 'Trade Commissioner');
const halloran = person('Sean Halloran', 'Home Secretary', ['Mr Halloran']);
const strand = person('Ida Strand', 'ministry spokeswoman');
const people = [keller, berg, novak, halloran, strand];

describe('speaker after the quotation', () => {
  it('a name after the closing mark speaks the quote', () => {
    expect(quotesOf(['“We will keep talking to every partner in the region,” Keller said.'], people))
      .toEqual([['Maria Keller', 'We will keep talking to every partner in the region']]);
  });
  it('inverted attribution: said X, the minister', () => {
    expect(quotesOf(['“The ceasefire is holding for now,” said Tomas Berg, the defence minister.'], people))
      .toEqual([['Tomas Berg', 'The ceasefire is holding for now']]);
  });
  it('a quotation with no reporting clause anywhere is not kept', () => {
    expect(quotesOf(['“We will keep talking to every partner,” was the line repeated across the capital.'], people)).toEqual([]);
    expect(quotesOf(['The report, titled “A Future for the Black Sea Region”, was published on Monday.'], people)).toEqual([]);
  });
  it('a speaker closing the sentence after a misplaced mark', () => {
    const p = ['The Estonian Foreign Ministry released a note.',
      '“Several issues, including energy prices, “were discussed at length, the Estonian Foreign Ministry said in a note.'];
    expect(quotesOf(p, people)).toEqual([['Estonian Foreign Ministry', 'Several issues, including energy prices']]);
  });
});

describe('speaker before the quotation', () => {
  it('X said: “…” and wrote on X: “…”', () => {
    expect(quotesOf(['The Pentagon said: “Both ministers stressed the need for open channels.”'], people))
      .toEqual([['Pentagon', 'Both ministers stressed the need for open channels.']]);
    expect(quotesOf(['Berg wrote on X: “Thank you for the steady support of our partners.”'], people))
      .toEqual([['Tomas Berg', 'Thank you for the steady support of our partners.']]);
  });
  it('told reporters: with a pronoun resolved to the person who opened the previous sentence', () => {
    const p = ['Novak arrived in Brussels on Monday. Asked about the tariffs, she told reporters: “We are not changing course on this.”'];
    expect(quotesOf(p, people)).toEqual([['Hana Novak', 'We are not changing course on this.']]);
  });
  it('said that “…” and According to X', () => {
    expect(quotesOf(['Berg said that Moscow had shown “no real interest in a lasting settlement of the conflict.”'], people))
      .toEqual([['Tomas Berg', 'no real interest in a lasting settlement of the conflict.']]);
    expect(quotesOf(['According to Keller, the talks were “the most difficult in a decade of negotiations.”'], people))
      .toEqual([['Maria Keller', 'the most difficult in a decade of negotiations.']]);
  });
  it('a clause running into the quote beats an outer source after it', () => {
    expect(quotesOf(['Berg stressed that “the border must remain open to humanitarian convoys,” the ministry said.'], people))
      .toEqual([['Tomas Berg', 'the border must remain open to humanitarian convoys']]);
    expect(quotesOf(['“The border must remain open to humanitarian convoys,” the ministry said.'], people))
      .toEqual([['ministry', 'The border must remain open to humanitarian convoys']]);
  });
  it('“…,” X said, adding “…” gives both parts to X', () => {
    const p = ['“We are ready to talk,” Keller said, adding that any deal “must respect the borders of every state.”'];
    expect(quotesOf(p, people)).toEqual([
      ['Maria Keller', 'We are ready to talk'], ['Maria Keller', 'must respect the borders of every state.']]);
  });
  it('an introducing sentence ending with a colon in the paragraph before', () => {
    const p = ['The Estonian Foreign Ministry said in a statement on Tuesday:', '“The minister expressed deep concern about the shelling.”'];
    expect(quotesOf(p, people)).toEqual([['Estonian Foreign Ministry', 'The minister expressed deep concern about the shelling.']]);
    expect(quotesOf(['The ministry published its report on Tuesday.', '“The minister expressed deep concern about the shelling.”'], people)).toEqual([]);
  });
});

describe('translated text: lost opening marks and the speaker in the next paragraph', () => {
  const lost = 'Questions of regional security were discussed. The talk was held at the request of the Finnish side,”';
  it('attributes to a short speaker paragraph, with the full organisation name', () => {
    const ctx = makeContext(['The Estonian Foreign Ministry released a short note on the call.', lost, 'the Estonian department said.'], people);
    const [q] = extractQuotes(ctx);
    expect(q).toMatchObject({ speaker: 'Estonian Foreign Ministry', speakerKind: 'organisation' });
    expect(q?.text).toBe('Questions of regional security were discussed. The talk was held at the request of the Finnish side');
    expect(q?.evidence).toContain('the Estonian department said.');
  });
  it('reads passive speaker lines: provided by …, delivered by …', () => {
    expect(quotesOf(['Contacts between the two defence chiefs remain critically important, ”-', 'provided by the Pentagon.'], people))
      .toEqual([['Pentagon', 'Contacts between the two defence chiefs remain critically important']]);
    expect(quotesOf(['Contacts remain critically important for the whole region.”', 'delivered by the White House.'], people))
      .toEqual([['White House', 'Contacts remain critically important for the whole region.']]);
  });
  it('does not take a long next paragraph for a speaker line', () => {
    const p = [lost, 'the Estonian department said it would publish more details on the talks next week after consultations with partners.'];
    expect(quotesOf(p, people)).toEqual([]);
  });
  it('a speaker in the same paragraph wins over the next paragraph', () => {
    const p = ['Keller said the call had been useful.', 'Berg must now press Moscow to stop the shelling,” she said.', 'reported in the Security Council.'];
    expect(quotesOf(p, people)).toEqual([['Maria Keller', 'Berg must now press Moscow to stop the shelling']]);
  });
});

describe('quotations over several paragraphs and continued quotations', () => {
  it('a quote left open and re-opened in the next paragraph gives one quote per paragraph, one speaker', () => {
    const p = ['“We have made progress on energy and on grain exports.', '“We have also agreed to meet again in June,” Keller said.'];
    expect(quotesOf(p, people)).toEqual([
      ['Maria Keller', 'We have made progress on energy and on grain exports.'],
      ['Maria Keller', 'We have also agreed to meet again in June']]);
  });
  it('a speaker introduced with a colon before a quote over three paragraphs speaks all three', () => {
    const p = ['Keller said the call was frank. Speaking in Tallinn this morning, she said:',
      '“I told him that our patience is wearing thin.', '“That is no criticism of the police.', '“We agreed to meet within a fortnight.”'];
    const qs = extractQuotes(makeContext(p, people));
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([
      ['Maria Keller', 'I told him that our patience is wearing thin.'], ['Maria Keller', 'That is no criticism of the police.'],
      ['Maria Keller', 'We agreed to meet within a fortnight.']]);
    expect(qs[2]?.evidence).toContain('she said:');
  });
  it('a paragraph that does not re-open with a mark ends the quotation', () => {
    const p = ['“We have made progress on energy and on grain exports.', 'Keller then left for Riga to meet the prime minister.'];
    expect(quotesOf(p, people)).toEqual([]);
  });
  it('a quote after an attributed one in the same paragraph continues its speaker', () => {
    const p = ['A senior European official said the call was short.',
      '“We were unable to talk for months,” the official said. “Now the line is open again.”'];
    expect(quotesOf(p, people)).toEqual([
      ['a senior European official', 'We were unable to talk for months'], ['a senior European official', 'Now the line is open again.']]);
  });
  it('an unattributed quote far from any speaker is not continued', () => {
    const p = ['“We were unable to talk for months,” Keller said.', 'The talks resumed in May.', '“Now the line is open again.”'];
    expect(quotesOf(p, people)).toEqual([['Maria Keller', 'We were unable to talk for months']]);
  });
});

describe('pronouns, titles, roles, organisations and unnamed speakers', () => {
  it('he added → the latest speaker, skipping people named inside the quote', () => {
    const p = ['Berg said the talks had been useful.', '“Keller has to decide now whether to sign the deal,” he added.'];
    expect(quotesOf(p, people)).toEqual([['Tomas Berg', 'Keller has to decide now whether to sign the deal']]);
  });
  it('"For his part" hands the pronoun to the other party', () => {
    const p = ['Keller said last week that she saw no need for talks with Berg.',
      'For his part, the minister has not ruled out a meeting and he told reporters: “It is not clear yet.”'];
    expect(quotesOf(p, people)).toEqual([['Tomas Berg', 'It is not clear yet.']]);
  });
  it('titles and role mentions resolve to the person', () => {
    expect(quotesOf(["'We will not be bullied by anyone,' Mr Halloran said afterwards."], people))
      .toEqual([['Sean Halloran', 'We will not be bullied by anyone']]);
    expect(quotesOf(['Berg visited the border.', '“The ceasefire must hold this winter,” the defence minister said.'], people))
      .toEqual([['Tomas Berg', 'The ceasefire must hold this winter']]);
  });
  it('the ministry → the ministry the article named, written with its country', () => {
    const p = ['Moscow’s Defense Ministry confirmed the call on Telegram.', '“Current security matters were discussed at length,” the ministry said.'];
    expect(extractQuotes(makeContext(p, people))[0]).toMatchObject({ speaker: 'Russian Defense Ministry', speakerKind: 'organisation' });
  });
  it('unnamed speakers keep the words the text uses', () => {
    const q = extractQuotes(makeContext(['“The talks were professional and calm,” a source told Reuters.'], people))[0];
    expect(q).toMatchObject({ speaker: 'a source', speakerKind: 'unnamed' });
  });
  it('"the spokesman said." followed by a verbless line naming the spokeswoman', () => {
    const p = ['Berg “stressed the importance of keeping channels open,” the spokesman said. Ministry voice Colonel Ida Strand.'];
    expect(quotesOf(p, people)).toEqual([['Ida Strand', 'stressed the importance of keeping channels open']]);
  });
});

describe('marks and fragments', () => {
  it('guillemets and low-high marks', () => {
    expect(quotesOf(['« We need concrete acts from our neighbours », Novak declared after the meeting.'], people))
      .toEqual([['Hana Novak', 'We need concrete acts from our neighbours']]);
    expect(quotesOf(['„Our partnership is long-term and strong“, Berg stressed.'], people))
      .toEqual([['Tomas Berg', 'Our partnership is long-term and strong']]);
  });
  it('scare quotes are dropped, short full answers kept', () => {
    expect(quotesOf(['Berg called the plan a “dead end” on Friday.'], people)).toEqual([]);
    expect(quotesOf(['“No,” Berg said.'], people)).toEqual([['Tomas Berg', 'No']]);
  });
});

describe('headline quotations', () => {
  it('a headline quote with its speaker, once', () => {
    const title = 'Keller: “We will not trade territory for a ceasefire”';
    const qs = extractQuotes(makeContext(['Maria Keller spoke in Tallinn on Monday.'], people, title));
    expect(qs).toEqual([{ speaker: 'Maria Keller', speakerKind: 'person', text: 'We will not trade territory for a ceasefire', evidence: title }]);
  });
  it('a headline quote the body repeats is not counted twice', () => {
    const title = '“We will not trade territory,” says Keller';
    const qs = extractQuotes(makeContext(['“We will not trade territory,” Keller said in Tallinn.'], people, title));
    expect(qs.map((q) => q.evidence)).toEqual(['“We will not trade territory,” Keller said in Tallinn.']);
  });
});

describe('more wire layouts', () => {
  const peskov = person('Dmitry Peskov', 'Kremlin spokesman');
  it('quoted X as saying, and "according to" after an attribution', () => {
    expect(quotesOf(['RIA Novosti quoted Peskov as saying: “Contacts at the working level continue.”'], [peskov]))
      .toEqual([['Dmitry Peskov', 'Contacts at the working level continue.']]);
    expect(quotesOf(['“There is no progress at all,” Peskov told reporters, according to RIA Novosti.'], [peskov]))
      .toEqual([['Dmitry Peskov', 'There is no progress at all']]);
  });
  it('an unnamed speaker after an inverted verb stops before a relative clause', () => {
    expect(quotesOf(['"This is a turning point for the region," said one Western diplomat who asked not to be named.'], people))
      .toEqual([['one Western diplomat', 'This is a turning point for the region']]);
  });
  it('"it" and "they" go to the latest organisation or group of speakers', () => {
    expect(quotesOf(['The Estonian Foreign Ministry said profits rose. “Demand was strong across all regions,” it said.'], people))
      .toEqual([['Estonian Foreign Ministry', 'Demand was strong across all regions']]);
    expect(quotesOf(['Officials said the strike killed five. “The situation is very difficult for the city,” they said.'], people))
      .toEqual([['officials', 'The situation is very difficult for the city']]);
    expect(quotesOf(['“The situation is very difficult for the city,” they said.'], people)).toEqual([]);
  });
  it('a title-case headline quote is kept; a title-case name in the body is not a quote', () => {
    expect(quotesOf(['Keller spoke in Tallinn.'], people, 'Keller Says “We Will Not Trade Territory”'))
      .toEqual([['Maria Keller', 'We Will Not Trade Territory']]);
    expect(quotesOf(['The ministry said the operation, dubbed “Operation Shield of the North”, would go on.'], people)).toEqual([]);
  });
  it('a headline with the speaker after a dash', () => {
    const title = "'We will not trade any territory' - Keller";
    expect(quotesOf(['Keller spoke in Tallinn.'], people, title)).toEqual([['Maria Keller', 'We will not trade any territory']]);
  });
});
