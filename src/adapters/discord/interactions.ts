// Dispatches Discord interactions to commands: one error boundary, defer when slow, autocomplete from memory.
import {
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import { errorAnswer, type Answer } from '../../core/answer.js';
import type { AnyCommand, Caller } from '../../core/command.js';
import { describeOptions, validateArgs } from '../../core/command-options.js';
import type { App } from '../../app/app.js';
import { runCommand } from '../../app/dispatch.js';
import type { Logger } from '../../log.js';
import type { NameIndex } from './autocomplete.js';
import { sendAnswer } from './reply.js';

export interface InteractionDeps {
  app: App;
  log: Logger;
  names: NameIndex;
  now?: () => Date;
  /** A command not marked slow is still deferred when it has not answered after this long (Discord allows 3 s). */
  deferAfterMs?: number;
}

export interface InteractionHandler {
  /** Listener for Events.InteractionCreate; never throws, never rejects. */
  onInteraction(i: Interaction): void;
  /** Stops taking new commands and waits (bounded) for the replies in flight. */
  drain(timeoutMs: number): Promise<void>;
  inFlight(): number;
}

const INTERNAL = () => errorAnswer('internal', 'Something went wrong on our side', 'The error was logged; please try again in a moment.');

export function callerOf(i: Interaction): Caller {
  return {
    platform: 'discord',
    userId: i.user.id,
    // All DMs share one tenant: they see the shared corpus and may not manage anything (no one owns 'dm').
    tenant: i.guildId ?? 'dm',
    channelId: i.channelId,
    canManage: i.inGuild() ? Boolean(i.memberPermissions?.has(PermissionFlagsBits.ManageChannels)) : false,
  };
}

export function createInteractionHandler(deps: InteractionDeps): InteractionHandler {
  const { app, log, names } = deps;
  const inFlight = new Set<Promise<void>>();
  let accepting = true;
  const find = (name: string): AnyCommand | undefined => app.commands.find((c) => c.name === name);

  async function chatInput(i: ChatInputCommandInteraction): Promise<void> {
    const cmd = find(i.commandName);
    if (!accepting) return sendAnswer(i, errorAnswer('unavailable', 'Readout is restarting', 'Please try again in a minute.'));
    if (!cmd) {
      return sendAnswer(i, errorAnswer('command.unknown', `/${i.commandName} is no longer available`, 'The server still shows an old command list; an admin can run `readout register-commands`.'));
    }
    const input = Object.fromEntries(i.options.data.map((o) => [o.name, o.value]));
    const parsed = validateArgs(cmd, input);
    if (!parsed.ok) return sendAnswer(i, errorAnswer('option.invalid', `Can't read that /${cmd.name}`, parsed.message));

    let deferring: Promise<unknown> | null = null;
    const defer = () => (deferring ??= i.deferReply());
    const timer = cmd.slow ? null : setTimeout(() => void defer().catch(() => undefined), deps.deferAfterMs ?? 2_000);
    if (cmd.slow) await defer();
    let answer: Answer;
    try {
      answer = await runCommand(app, cmd, parsed.args, callerOf(i), { log, now: deps.now });
    } finally {
      if (timer) clearTimeout(timer);
    }
    // A defer that raced the answer must land before we reply, or Discord sees two initial responses.
    if (deferring) await (deferring as Promise<unknown>).catch(() => undefined);
    await sendAnswer(i, answer);
  }

  async function autocomplete(i: AutocompleteInteraction): Promise<void> {
    const cmd = find(i.commandName);
    const focused = i.options.getFocused(true);
    const spec = cmd ? describeOptions(cmd).find((o) => o.name === focused.name) : undefined;
    const choices = spec?.autocomplete === 'person' ? names.match(i.guildId ?? 'dm', String(focused.value)) : [];
    await i.respond(choices);
  }

  // The one error boundary: whatever fails is logged (the logger redacts tokens) and answered privately.
  async function handle(i: Interaction): Promise<void> {
    try {
      if (i.isChatInputCommand()) await chatInput(i);
      else if (i.isAutocomplete()) await autocomplete(i);
    } catch (err) {
      const what = i.isChatInputCommand() || i.isAutocomplete() ? `/${i.commandName}` : `interaction type ${i.type}`;
      log.error(`discord: ${what} failed`, err);
      try {
        if (i.isChatInputCommand()) await sendAnswer(i, INTERNAL());
        else if (i.isAutocomplete() && !i.responded) await i.respond([]);
      } catch (again) {
        log.warn(`discord: could not report the failure of ${what} to the user`, again);
      }
    }
  }

  return {
    onInteraction(i) {
      const p: Promise<void> = handle(i).finally(() => inFlight.delete(p));
      inFlight.add(p);
    },
    async drain(timeoutMs) {
      accepting = false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((r) => (timer = setTimeout(r, timeoutMs)));
      await Promise.race([Promise.allSettled([...inFlight]), timeout]);
      clearTimeout(timer);
    },
    inFlight: () => inFlight.size,
  };
}
