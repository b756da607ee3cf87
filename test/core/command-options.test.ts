import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand } from '../../src/core/command.js';
import { describeOptions, parseCommandText, tokenize, usage } from '../../src/core/command-options.js';
import { infoAnswer } from '../../src/core/answer.js';

const cmd = defineCommand({
  name: 'who-called',
  description: 'Who spoke with a person',
  options: z.object({
    person: z.string().min(1).max(100).describe('Person').meta({ autocomplete: 'person' }).optional(),
    with: z.string().max(100).describe('Other person').optional(),
    limit: z.number().int().min(1).max(25).default(10).describe('How many'),
    public: z.boolean().default(false).describe('Post in channel'),
  }),
  positional: ['person'],
  examples: ['/who-called Shoigu'],
  run: async () => infoAnswer('x'),
});

describe('command options', () => {
  it('derive specs from the zod schema', () => {
    const specs = describeOptions(cmd);
    const person = specs.find((s) => s.name === 'person');
    expect(person).toMatchObject({ type: 'string', required: false, autocomplete: 'person', maxLength: 100 });
    expect(specs.find((s) => s.name === 'limit')).toMatchObject({ type: 'integer', required: false, min: 1, max: 25 });
  });
  it('bare words fill the positional option, keyed options the rest', () => {
    const r = parseCommandText(cmd, 'Lloyd Austin with:"Sergei Shoigu" --limit 3 --public');
    expect(r).toEqual({ ok: true, args: { person: 'Lloyd Austin', with: 'Sergei Shoigu', limit: 3, public: true } });
  });
  it('typographic quotes group words', () => {
    expect(tokenize('with:“Sergei Shoigu” x')).toEqual(['with:Sergei Shoigu', 'x']);
  });
  it('a bad value answers with the usage', () => {
    const r = parseCommandText(cmd, 'Shoigu limit:99');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('/who-called');
  });
  it('unknown flags are refused', () => {
    const r = parseCommandText(cmd, 'Shoigu --bogus');
    expect(r.ok).toBe(false);
  });
  it('usage lists options', () => {
    expect(usage(cmd)).toBe('/who-called [<person>] [with:<text>] [limit:<number>] [public:<boolean>]');
  });
});
