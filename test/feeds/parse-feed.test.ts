import { describe, expect, it } from 'vitest';
import { FetchError } from '../../src/feeds/fetch-error.js';
import { toDay } from '../../src/feeds/feed-dates.js';
import { parseFeed } from '../../src/feeds/parse-feed.js';
import { fixture } from './helpers/fixtures.js';

function refusal(text: string): FetchError {
  try {
    parseFeed(text, 'https://feeds.example/feed');
  } catch (e) {
    expect(e).toBeInstanceOf(FetchError);
    return e as FetchError;
  }
  throw new Error('expected the feed to be refused');
}

describe('parse feed', () => {
  it('reads RSS 2.0 items with full text from content:encoded, without markup or scripts', () => {
    const feed = parseFeed(fixture('harbor-daily.rss.xml'), 'https://harbordaily.example/feeds/world.rss');
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Harbor Daily – World');
    expect(feed.items).toHaveLength(2);
    const [call, kenya] = feed.items;
    expect(call).toMatchObject({ guid: 'harbordaily-2024-0312-defence', published: '2024-03-12' });
    expect(call!.content).toContain('Dutch Defence Minister Maarten Vos and Canadian Defence Minister Claire Tremblay spoke by telephone');
    expect(call!.content).toContain('"Nobody pretended this will be cheap," she said.');
    expect(call!.content.split('\n\n')).toHaveLength(6);
    expect(call!.content).not.toMatch(/<|alert/);
    // Escaped HTML in <description> is decoded once as XML, once as HTML: "&amp;amp;" is a plain "&".
    expect(kenya!.content).toBe('Leaders discuss water sharing on the Omo & Turkana basin.');
    expect(kenya!.link).toBe('https://harbordaily.example/africa/kenya-ethiopia-call/');
  });

  it('takes the day the publisher wrote, not the UTC day (21:40 -04:00 stays the 12th)', () => {
    expect(toDay('Tue, 12 Mar 2024 21:40:00 -0400')).toBe('2024-03-12');
    expect(toDay('2024-03-11T23:20:00-05:00')).toBe('2024-03-11');
    expect(toDay('12 March 2024')).toBe('2024-03-12');
    expect(toDay('yesterday')).toBeNull();
  });

  it('reads Atom entries: html content, xhtml summary, relative links resolved against the feed', () => {
    const feed = parseFeed(fixture('northern-wire.atom.xml'), 'https://northernwire.example/feeds/all.atom');
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Northern Wire');
    const [rail, chips] = feed.items;
    expect(rail).toMatchObject({ link: 'https://northernwire.example/europe/poland-lithuania-rail-call', published: '2024-03-11' });
    expect(rail!.content).toContain('"This line will carry people and goods, and it will carry trust," Kairiene said');
    // Inside XHTML, "&lt;b&gt;" is the literal text "<b>", not markup.
    expect(chips!.content).toBe('Tokyo and Seoul discuss licences for <b>semiconductor</b> materials.');
    expect(chips!.published).toBe('2024-03-15');
  });

  it('repairs a bare ampersand but refuses a feed that is not well-formed', () => {
    const ok = parseFeed('<rss version="2.0"><channel><title>A & B</title><item><title>Q & A</title><link>https://a.example/x</link></item></channel></rss>', 'https://a.example/');
    expect(ok.items[0]!.title).toBe('Q & A');
    const err = refusal(fixture('malformed.rss.xml'));
    expect(err.code).toBe('not_feed');
    expect(err.message).toMatch(/not well-formed XML \(line 8/);
  });

  it('refuses a web page, pointing at the feed it announces', () => {
    expect(refusal(fixture('not-a-feed.html')).message).toBe('this is a web page, not an RSS or Atom feed (and it names no feed of its own)');
    expect(refusal(fixture('kenya-ethiopia-call.html')).message).toMatch(/links to a feed at https:\/\/feeds\.example\/feeds\/harbor-daily\.rss/);
  });

  it('refuses XML that is not a feed and text that is not XML', () => {
    expect(refusal('<?xml version="1.0"?><sitemap><url>x</url></sitemap>').message).toMatch(/root element is <sitemap>/);
    expect(refusal('{"items": []}').message).toMatch(/not XML/);
  });

  it('drops javascript: links and keeps items known only by their text', () => {
    const feed = parseFeed(
      '<rss><channel><item><title>x</title><link>javascript:alert(1)</link><description>Some words.</description></item><item><title>empty</title></item></channel></rss>',
      'https://a.example/',
    );
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]!.link).toBeNull();
    expect(feed.items[0]!.guid).toMatch(/^sha256:/);
    expect(feed.skipped).toBe(1);
  });

  it('does not expand entity bombs (each entity ten times the previous one)', () => {
    const defs = ['<!ENTITY e0 "boom boom ">'];
    for (let i = 1; i <= 8; i++) defs.push(`<!ENTITY e${i} "${`&e${i - 1};`.repeat(10)}">`);
    const text = `<?xml version="1.0"?><!DOCTYPE rss [${defs.join('')}]><rss><channel><title>&e8;</title></channel></rss>`;
    let out = '';
    try {
      out = JSON.stringify(parseFeed(text, 'https://a.example/'));
    } catch (e) {
      out = String(e);
    }
    // Fully expanded, the title would be 10^8 × 10 characters.
    expect(out.length).toBeLessThan(100_000);
  });
});
