import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { infoAnswer } from '../../src/core/answer.js';
import { defineCommand } from '../../src/core/command.js';
import { commandJson, commandsJson } from '../../src/adapters/discord/command-json.js';
import { commands } from '../../commands/index.js';

const run = async () => infoAnswer('x');

const sample = defineCommand({
  name: 'digest',
  description: 'Manage digests',
  options: z.object({
    action: z.enum(['subscribe', 'unsubscribe', 'list']).describe('What to do'),
    about: z.string().trim().min(1).max(100).describe('A person').meta({ autocomplete: 'person' }).optional(),
    hour: z.number().int().min(0).max(23).default(8).describe('Hour of day'),
    weight: z.number().min(0.5).max(2).optional().describe('Weight'),
    public: z.boolean().default(false).describe('Post publicly'),
  }),
  examples: ['/digest subscribe'],
  requiresManage: true,
  run,
});

describe('command JSON', () => {
  it('maps option types, choices, bounds, autocomplete and the manage permission', () => {
    const json = commandJson(sample);
    expect(json).toMatchObject({ type: 1, name: 'digest', description: 'Manage digests', default_member_permissions: '16' });
    const byName = Object.fromEntries((json.options ?? []).map((o) => [o.name, o as unknown as Record<string, unknown>]));
    expect(byName.action).toEqual({
      type: 3, name: 'action', description: 'What to do', required: true,
      choices: [{ name: 'subscribe', value: 'subscribe' }, { name: 'unsubscribe', value: 'unsubscribe' }, { name: 'list', value: 'list' }],
    });
    expect(byName.about).toEqual({ type: 3, name: 'about', description: 'A person', required: false, autocomplete: true, min_length: 1, max_length: 100 });
    expect(byName.hour).toEqual({ type: 4, name: 'hour', description: 'Hour of day', required: false, min_value: 0, max_value: 23 });
    expect(byName.weight).toMatchObject({ type: 10, min_value: 0.5, max_value: 2 });
    expect(byName.public).toEqual({ type: 5, name: 'public', description: 'Post publicly', required: false });
    // Discord wants required options first.
    expect(json.options![0]!.name).toBe('action');
  });

  it('commands anyone may use carry no permission requirement', () => {
    const plain = defineCommand({ name: 'ping', description: 'p', options: z.object({}), examples: [], run });
    expect(commandJson(plain).default_member_permissions).toBeNull();
  });

  it('descriptions are cut to 100 characters and bad names refused with the command named', () => {
    const long = defineCommand({ name: 'long', description: 'd'.repeat(150), options: z.object({ q: z.string().describe('q'.repeat(120)) }), examples: [], run });
    const json = commandJson(long);
    expect(json.description).toHaveLength(100);
    expect(json.options![0]!.description).toHaveLength(100);
    const bad = defineCommand({ name: 'bad', description: 'b', options: z.object({ camelCase: z.string() }), examples: [], run });
    expect(() => commandJson(bad)).toThrow(/\/bad: option name "camelCase"/);
    expect(() => commandsJson([long, long])).toThrow(/Two commands are named \/long/);
  });

  it('every command of commands/ generates valid JSON with person autocomplete', () => {
    const all = commandsJson(commands);
    expect(all.map((c) => c.name)).toEqual(commands.map((c) => c.name));
    const whoCalled = all.find((c) => c.name === 'who-called')!;
    const person = whoCalled.options!.find((o) => o.name === 'person') as unknown as Record<string, unknown>;
    expect(person).toMatchObject({ type: 3, autocomplete: true, required: false });
    for (const c of all) {
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(100);
      expect((c.options ?? []).length).toBeLessThanOrEqual(25);
    }
  });
});
