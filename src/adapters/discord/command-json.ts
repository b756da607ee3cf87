// Discord application-command JSON, generated from each command's zod schema via describeOptions (never by hand).
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  ApplicationIntegrationType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { AnyCommand } from '../../core/command.js';
import { describeOptions, type OptionSpec, type OptionType } from '../../core/command-options.js';

export type CommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

const TYPES: Record<OptionType, ApplicationCommandOptionType> = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
  number: ApplicationCommandOptionType.Number,
};

// Discord rejects the whole PUT (50035) for one bad name, so we refuse early with the command named.
const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;
const DESCRIPTION_MAX = 100;
const CHOICES_MAX = 25;
const OPTIONS_MAX = 25;

const clip = (s: string, max: number) => (s.length <= max ? s : s.slice(0, max - 1) + '…');

function optionJson(cmd: AnyCommand, o: OptionSpec): APIApplicationCommandBasicOption {
  if (!NAME.test(o.name)) throw new Error(`/${cmd.name}: option name "${o.name}" must be 1–32 lowercase letters, digits, - or _`);
  const json: Record<string, unknown> = {
    type: TYPES[o.type],
    name: o.name,
    description: clip(o.description || o.name, DESCRIPTION_MAX),
    required: o.required,
  };
  if (o.choices && o.type !== 'boolean') {
    if (o.choices.length > CHOICES_MAX) throw new Error(`/${cmd.name}: option "${o.name}" has ${o.choices.length} choices; Discord allows ${CHOICES_MAX}`);
    json.choices = o.choices.map((c) => ({ name: clip(c, 100), value: o.type === 'string' ? c : Number(c) }));
  } else if (o.autocomplete === 'person' && o.type === 'string') {
    // Choices and autocomplete exclude each other in Discord's schema.
    json.autocomplete = true;
  }
  if (o.type === 'string') {
    if (o.minLength !== undefined) json.min_length = Math.min(o.minLength, 6000);
    if (o.maxLength !== undefined) json.max_length = Math.min(Math.max(o.maxLength, 1), 6000);
  }
  if (o.type === 'integer' || o.type === 'number') {
    if (o.min !== undefined && Number.isFinite(o.min)) json.min_value = o.min;
    if (o.max !== undefined && Number.isFinite(o.max)) json.max_value = o.max;
  }
  return json as unknown as APIApplicationCommandBasicOption;
}

/** The JSON for one command, as sent in PUT /applications/{id}/commands. */
export function commandJson(cmd: AnyCommand): CommandJson {
  if (!NAME.test(cmd.name)) throw new Error(`Command name "${cmd.name}" must be 1–32 lowercase letters, digits, - or _`);
  const specs = describeOptions(cmd);
  if (specs.length > OPTIONS_MAX) throw new Error(`/${cmd.name} has ${specs.length} options; Discord allows ${OPTIONS_MAX}`);
  return {
    type: ApplicationCommandType.ChatInput,
    name: cmd.name,
    description: clip(cmd.description || cmd.name, DESCRIPTION_MAX),
    options: specs.map((o) => optionJson(cmd, o)),
    // Hidden from members who cannot manage channels; server admins can change it in Server Settings → Integrations.
    default_member_permissions: cmd.requiresManage ? PermissionFlagsBits.ManageChannels.toString() : null,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  };
}

export function commandsJson(commands: readonly AnyCommand[]): CommandJson[] {
  const seen = new Set<string>();
  return commands.map((c) => {
    if (seen.has(c.name)) throw new Error(`Two commands are named /${c.name}`);
    seen.add(c.name);
    return commandJson(c);
  });
}
