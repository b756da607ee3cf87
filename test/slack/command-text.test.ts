import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readPublicFlag } from '../../src/adapters/slack/command-text.js';
import { infoAnswer } from '../../src/core/answer.js';
import { defineCommand } from '../../src/core/command.js';
import { parseCommandText } from '../../src/core/command-options.js';

const whoCalled = defineCommand({
  name: 'who-called',
  description: 'Who spoke with a person',
  options: z.object({ person: z.string().optional(), with: z.string().optional(), since: z.string().optional() }),
  positional: ['person'],
  examples: [],
  run: async () => infoAnswer('x'),
});

const withOwnPublic = defineCommand({
  name: 'digest',
  description: 'Digest',
  options: z.object({ public: z.boolean().default(false) }),
  examples: [],
  run: async () => infoAnswer('x'),
});

describe('Slack command text', () => {
  it('--public is taken out before the options are parsed', () => {
    const t = readPublicFlag(whoCalled, 'Shoigu --public with:Austin');
    expect(t).toEqual({ text: 'Shoigu with:Austin', public: true });
    expect(parseCommandText(whoCalled, t.text)).toEqual({ ok: true, args: { person: 'Shoigu', with: 'Austin' } });
  });

  it('public:yes works too; without either the answer stays private', () => {
    expect(readPublicFlag(whoCalled, 'public:yes Shoigu')).toEqual({ text: 'Shoigu', public: true });
    expect(readPublicFlag(whoCalled, 'Lloyd Austin since:2022-05-01')).toEqual({ text: 'Lloyd Austin since:2022-05-01', public: false });
  });

  it('a word merely containing "public" is left alone', () => {
    expect(readPublicFlag(whoCalled, 'publicity --publicly')).toEqual({ text: 'publicity --publicly', public: false });
  });

  it('a command with its own public option parses it itself', () => {
    expect(readPublicFlag(withOwnPublic, '--public')).toEqual({ text: '--public', public: false });
    expect(parseCommandText(withOwnPublic, '--public')).toEqual({ ok: true, args: { public: true } });
  });
});

describe('Slack command text, repeated flags', () => {
  it('the flag written twice is still only ours', () => {
    expect(readPublicFlag(whoCalled, 'Shoigu --public --public')).toEqual({ text: 'Shoigu', public: true });
  });
});
