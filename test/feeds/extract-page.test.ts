import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/feeds/extract-page.js';
import { FetchError } from '../../src/feeds/fetch-error.js';
import { fixture } from './helpers/fixtures.js';

describe('extract page', () => {
  it('keeps the article text and drops navigation, cookie banner, related links, captions, footer and scripts', () => {
    const page = extractPage(fixture('kenya-ethiopia-call.html'), 'https://harbordaily.example/africa/kenya-ethiopia-call/');
    expect(page.title).toBe('Kenyan president and Ethiopian prime minister speak by phone on river dispute');
    expect(page.outlet).toBe('Harbor Daily');
    expect(page.published).toBe('2024-03-13');
    const paragraphs = page.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^Kenyan President Daniel Mwangi spoke by telephone with Ethiopian Prime Minister Tesfaye Bekele/);
    expect(page.text).toContain('"We cannot let a shared river become a source of division," Mwangi said');
    expect(page.text).not.toMatch(/cookies|Related|All rights reserved|Privacy|File photo|dataLayer|<|onerror/);
  });

  it('reads the date and outlet from JSON-LD when there are no meta tags', () => {
    const page = extractPage(fixture('chile-argentina-fishing-call.html'), 'https://harbordaily.example/americas/chile');
    expect(page).toMatchObject({ published: '2024-03-14', outlet: 'Harbor Daily' });
    expect(page.text).toContain('Chilean Foreign Minister Isabel Rojas phoned her Argentine counterpart Martín Suárez on Thursday');
    expect(page.text).not.toMatch(/Sign up|Subscribe|Advertise/);
  });

  it('reads the date from <time datetime> and leaves the outlet unknown when the page names none', () => {
    const page = extractPage(fixture('japan-korea-chip-call.html'), 'https://northernwire.example/asia/japan-korea-chip-call');
    expect(page).toMatchObject({ published: '2024-03-15', outlet: null });
    expect(page.text).toContain('"Our companies depend on each other, and the rules should say so," Morita said');
    expect(page.text).not.toMatch(/Comments|Log in/);
  });

  it('refuses a page without article text', () => {
    expect(() => extractPage(fixture('not-a-feed.html'), 'https://harbordaily.example/')).toThrow(FetchError);
    expect(() => extractPage(fixture('not-a-feed.html'), 'https://harbordaily.example/')).toThrow(/no article text/);
  });
});
