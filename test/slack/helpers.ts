// Small builders shared by the Slack tests: a log that records lines, an env, and commands made for the adapter.
import { z } from 'zod';
import type { App } from '../../src/app/app.js';
import { loadEnv, type Env } from '../../src/config/env.js';
import { emptyAnswer, type Answer } from '../../src/core/answer.js';
import { defineCommand, type AnyCommand } from '../../src/core/command.js';
import { createLogger, type Logger } from '../../src/log.js';
import { FAKE_APP_TOKEN, FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET } from '../fakes/fake-slack.js';

export function recordingLog(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const env = { SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_APP_TOKEN: FAKE_APP_TOKEN, SLACK_SIGNING_SECRET: FAKE_SIGNING_SECRET };
  return { lines, log: createLogger({ level: 'debug', env, write: (l) => lines.push(l) }) };
}

export function slackEnv(mode: 'http' | 'socket', extra: Record<string, string> = {}): Env {
  return loadEnv({
    SLACK_BOT_TOKEN: FAKE_BOT_TOKEN,
    ...(mode === 'http' ? { SLACK_SIGNING_SECRET: FAKE_SIGNING_SECRET } : { SLACK_APP_TOKEN: FAKE_APP_TOKEN }),
    ...extra,
  });
}

/** An App around commands that need no store (the adapter's own behaviour is under test, not the queries). */
export function appWith(commands: readonly AnyCommand[]): App {
  return { db: undefined as never, knowledge: undefined as never, commands, services: {}, close: async () => undefined };
}

const result = (title: string, lines: string[]): Answer => ({
  kind: 'result',
  title,
  sections: [{ lines: lines.map((text) => ({ text, cites: [0] })) }],
  citations: [{ article: 'a.txt', title: 'An article', outlet: 'Example Times', date: '2022-05-13', url: null, evidence: lines[0] ?? '' }],
  ephemeral: false,
});

/** Test commands; `runs` counts how often each reached its run(). */
export function adapterCommands() {
  const runs: Record<string, number> = {};
  const count = (name: string) => (runs[name] = (runs[name] ?? 0) + 1);
  let release: () => void = () => undefined;
  const gate = { wait: new Promise<void>((r) => (release = r)), open: () => release() };
  const commands = [
    defineCommand({
      name: 'echo',
      description: 'Repeats the text',
      options: z.object({ text: z.string().min(1).describe('Text').optional(), times: z.number().int().min(1).max(3).default(1).describe('Times') }),
      positional: ['text'],
      examples: ['/echo hello'],
      run: async (_ctx, a) => (count('echo'), result('Echo', Array.from({ length: a.times }, () => a.text ?? '(nothing)'))),
    }),
    defineCommand({
      name: 'slowpoke',
      description: 'A command marked slow',
      options: z.object({}),
      examples: ['/slowpoke'],
      slow: true,
      run: async () => (count('slowpoke'), result('Slow answer', ['finally'])),
    }),
    defineCommand({
      name: 'late',
      description: 'Not marked slow, but only finishes when the test opens the gate',
      options: z.object({}),
      examples: ['/late'],
      run: async () => (count('late'), await gate.wait, result('Late answer', ['after the ack'])),
    }),
    defineCommand({
      name: 'manage',
      description: 'Reports whether the caller may manage',
      options: z.object({}),
      examples: ['/manage'],
      requiresManage: true,
      run: async (ctx) => (count('manage'), result('Manage', [`canManage=${ctx.caller.canManage} tenant=${ctx.caller.tenant} user=${ctx.caller.userId}`])),
    }),
    defineCommand({
      name: 'boom',
      description: 'Fails with a secret in its error',
      options: z.object({}),
      examples: ['/boom'],
      run: async () => {
        count('boom');
        throw new Error(`database said no to ${FAKE_BOT_TOKEN}`);
      },
    }),
    defineCommand({
      name: 'long',
      description: 'An answer far beyond one Slack message',
      options: z.object({}),
      examples: ['/long'],
      run: async () => (count('long'), result('Long answer', Array.from({ length: 400 }, (_, i) => `Line ${i} <!channel> ` + 'word '.repeat(500)))),
    }),
    defineCommand({
      name: 'nothing',
      description: 'Finds nothing',
      options: z.object({}),
      examples: ['/nothing'],
      run: async () => (count('nothing'), emptyAnswer('Nothing found', 'No contacts in that period.')),
    }),
  ];
  return { commands, runs, gate };
}

type Block = { type: string; text?: { text: string }; elements?: { text?: string }[] };

/** All visible text of a Slack message body (header, sections, context). */
export function blockText(body: unknown): string {
  const blocks = ((body as { blocks?: Block[] })?.blocks ?? []) as Block[];
  return blocks.map((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => e.text ?? '')].join('\n')).join('\n');
}
