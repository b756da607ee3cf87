import { describe, expect, it } from 'vitest';
import { blockedRange, refusedRange } from '../../src/feeds/address-policy.js';
import { canonicalUrl, checkHttpUrl } from '../../src/feeds/feed-url.js';

describe('address policy', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['169.254.169.254', 'linkLocal'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::a00:1', 'rfc6052'],
    ['2002:a00:1::', '6to4'],
  ])('%s is refused as %s', (ip, range) => {
    expect(blockedRange(ip)).toBe(range);
    expect(refusedRange(ip, {})).not.toBeNull();
  });

  it.each(['8.8.8.8', '93.184.216.34', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('%s is public', (ip) => {
    expect(blockedRange(ip)).toBeNull();
    expect(refusedRange(ip, {})).toBeNull();
  });

  it('allowPrivate lets private addresses through; allowedAddresses lets only the listed ones', () => {
    expect(refusedRange('10.0.0.1', { allowPrivate: true })).toBeNull();
    expect(refusedRange('127.0.0.1', { allowedAddresses: ['127.0.0.1'] })).toBeNull();
    expect(refusedRange('::ffff:127.0.0.1', { allowedAddresses: ['127.0.0.1'] })).toBeNull();
    expect(refusedRange('10.0.0.1', { allowedAddresses: ['127.0.0.1'] })).toBe('private');
  });

  it('text that is not an address is refused', () => {
    expect(blockedRange('not-an-ip')).toBe('invalid');
  });
});

describe('feed URLs', () => {
  it.each([
    ['http://2130706433/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://017700000001/', '127.0.0.1'],
    ['http://[::ffff:7f00:1]/', '[::ffff:7f00:1]'],
  ])('%s is read as the address %s (so the address check sees it)', (text, host) => {
    const r = checkHttpUrl(text);
    expect(r.ok && r.url.hostname).toBe(host);
  });

  it.each([
    ['file:///etc/passwd', /only http and https/],
    ['ftp://example.com/feed', /only http and https/],
    ['javascript:alert(1)', /only http and https/],
    ['gopher://127.0.0.1:6379/_INFO', /only http and https/],
    ['https://user:secret@example.com/feed', /user name or password/],
    ['example.com/feed', /not a URL/],
    ['', /required/],
    ['https://example.com/' + 'a'.repeat(3000), /at most 2048/],
  ])('%s is refused', (text, message) => {
    const r = checkHttpUrl(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('canonical URLs drop tracking parameters, fragments, default ports and trailing slashes', () => {
    expect(canonicalUrl('HTTPS://News.Example.com:443/world/story-1/?utm_source=rss&utm_medium=feed&id=7#comments')).toBe(
      'https://news.example.com/world/story-1?id=7',
    );
    expect(canonicalUrl('https://news.example.com/world/story-1')).toBe(canonicalUrl('https://news.example.com/world/story-1/?fbclid=x'));
    expect(canonicalUrl('https://news.example.com/a?b=2&a=1')).toBe('https://news.example.com/a?a=1&b=2');
    expect(canonicalUrl('https://news.example.com/')).toBe('https://news.example.com/');
  });
});
