// Registers one Bolt slash-command listener per command: parse, ack within 3 s, run on the core, answer in Block Kit.
import type { App as BoltApp, RespondArguments, RespondFn } from '@slack/bolt';
import type { App } from '../../app/app.js';
import { runCommand } from '../../app/dispatch.js';
import type { Env } from '../../config/env.js';
import { errorAnswer, type Answer } from '../../core/answer.js';
import type { AnyCommand } from '../../core/command.js';
import { parseCommandText, usage } from '../../core/command-options.js';
import type { Logger } from '../../log.js';
import { slackCaller } from './caller.js';
import { argsWantPublic, readPublicFlag } from './command-text.js';
import { renderSlackMessages } from './render-blocks.js';

export interface SlackCommandOptions {
  readout: App;
  /** Defaults to the App's own list. */
  commands?: readonly AnyCommand[];
  env: Env;
  log: Logger;
  /**
   * A command not marked slow may answer inside the ack (one round trip) if it is ready within this time;
   * otherwise we ack empty and answer through respond(). Slack drops commands not acked within 3 s.
   */
  fastAckMs?: number;
}

export interface SlackCommandRegistry {
  /** Resolves once every command in flight has answered, or after `ms`. */
  drain(ms: number): Promise<void>;
}

const LATE = Symbol('late');

/** Errors, "nothing found" and previews stay with the asker; a result goes in channel only when asked. */
export function slackReplies(answer: Answer, wantsPublic: boolean): RespondArguments[] {
  const inChannel = wantsPublic && !answer.ephemeral && answer.kind !== 'error' && answer.kind !== 'empty';
  return renderSlackMessages(answer).map((m) => ({
    response_type: inChannel ? 'in_channel' : 'ephemeral',
    text: m.text,
    blocks: m.blocks,
  }));
}

async function withDeadline<T>(work: Promise<T>, ms: number, onLate: () => Promise<unknown>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => (timer = setTimeout(() => resolve(LATE), ms)));
  const first = await Promise.race([work, late]).finally(() => clearTimeout(timer));
  if (first !== LATE) return first;
  await onLate();
  return work;
}

function usageError(cmd: AnyCommand, message: string): Answer {
  const hint = message.includes(usage(cmd)) ? undefined : `Usage: ${usage(cmd)}`;
  return errorAnswer('option.invalid', `Can't read that /${cmd.name}`, message, hint);
}

export function registerSlackCommands(bolt: BoltApp, opts: SlackCommandOptions): SlackCommandRegistry {
  const { readout, env, log } = opts;
  const fastAckMs = opts.fastAckMs ?? 2000;
  const inFlight = new Set<Promise<void>>();

  const list = opts.commands ?? readout.commands;
  for (const cmd of list) {
    bolt.command(`/${cmd.name}`, async ({ command, ack, respond, client }) => {
      let acked = false;
      const ackOnce = async (reply?: RespondArguments): Promise<boolean> => {
        if (acked) return false;
        acked = true;
        await ack(reply);
        return true;
      };
      // The first message rides on the ack when we have not acked yet; the rest go to response_url.
      const send = async (list: RespondArguments[], respondFn: RespondFn) => {
        for (const reply of list) if (!(await ackOnce(reply))) await respondFn(reply);
      };
      const job = (async () => {
        // The one error boundary of the Slack adapter: whatever fails, the user gets an ephemeral answer.
        try {
          const { text, public: flag } = readPublicFlag(cmd, command.text ?? '');
          const parsed = parseCommandText(cmd, text);
          if (!parsed.ok) return await send(slackReplies(usageError(cmd, parsed.message), false), respond);
          if (cmd.slow || cmd.requiresManage) await ackOnce();
          const work = slackCaller(cmd, command, client, env, log).then((caller) =>
            runCommand(readout, cmd, parsed.args, caller, { log }),
          );
          const answer = acked ? await work : await withDeadline(work, fastAckMs, () => ackOnce());
          await send(slackReplies(answer, flag || argsWantPublic(parsed.args)), respond);
        } catch (err) {
          log.error(`slack: /${cmd.name} could not answer`, err);
          const [sorry] = slackReplies(errorAnswer('internal', 'Something went wrong on our side', 'The error was logged; please try again in a moment.'), false);
          try {
            if (!(await ackOnce(sorry))) await respond(sorry!);
          } catch (again) {
            log.error(`slack: /${cmd.name} could not report the error either`, again);
          }
        }
      })();
      inFlight.add(job);
      await job.finally(() => inFlight.delete(job));
    });
  }

  // A command the Slack app still lists but Readout no longer has (stale manifest) gets an answer, not a timeout.
  const known = new Set(list.map((c) => `/${c.name}`));
  bolt.command(/^\/.+/, async ({ command, ack }) => {
    if (known.has(command.command)) return;
    const names = [...known].join(', ');
    const [reply] = slackReplies(errorAnswer('command.unknown', `Readout has no ${command.command.slice(0, 40)}`, `Commands: ${names}.`, 'The Slack app lists an old command: paste the manifest from `readout slack-manifest` again.'), false);
    await ack(reply);
  });

  return {
    async drain(ms) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
      await Promise.race([Promise.allSettled([...inFlight]), timeout]).finally(() => clearTimeout(timer));
    },
  };
}
