// Builds INTERACTION_CREATE payloads the way Discord sends them (guild member or DM user, typed options).
import { PermissionFlagsBits } from 'discord.js';
import { snowflake, type FakeDiscord } from '../fakes/fake-discord.js';

type Value = string | number | boolean;

export interface InteractionOpts {
  /** null = a DM. Default: the fake's first guild. */
  guildId?: string | null;
  channelId?: string;
  userId?: string;
  permissions?: bigint;
  /** Autocomplete: the option being typed. */
  focused?: string;
}

const optionType = (v: Value) => (typeof v === 'boolean' ? 5 : typeof v === 'number' ? (Number.isInteger(v) ? 4 : 10) : 3);

function payload(fake: FakeDiscord, type: 2 | 4, name: string, options: Record<string, Value>, o: InteractionOpts) {
  const guildId = o.guildId === undefined ? fake.guilds[0]!.id : o.guildId;
  const channelId = o.channelId ?? (guildId ? fake.guilds.find((g) => g.id === guildId)!.channels[0]!.id : snowflake());
  const user = { id: o.userId ?? '444444444444444444', username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null };
  const permissions = (o.permissions ?? PermissionFlagsBits.SendMessages | PermissionFlagsBits.ViewChannel).toString();
  return {
    application_id: fake.applicationId,
    type,
    data: {
      id: snowflake(),
      name,
      type: 1,
      options: Object.entries(options).map(([n, value]) => ({ name: n, type: optionType(value), value, ...(o.focused === n ? { focused: true } : {}) })),
    },
    channel_id: channelId,
    channel: guildId ? { id: channelId, type: 0, guild_id: guildId, name: 'news', position: 0, permission_overwrites: [], nsfw: false, parent_id: null } : { id: channelId, type: 1, recipients: [user] },
    ...(guildId
      ? { guild_id: guildId, member: { user, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions } }
      : { user }),
    version: 1,
    app_permissions: (PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks).toString(),
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: guildId ? { '0': guildId } : { '1': user.id },
    context: guildId ? 0 : 1,
  };
}

export function sendCommand(fake: FakeDiscord, name: string, options: Record<string, Value> = {}, o: InteractionOpts = {}) {
  return fake.sendInteraction(payload(fake, 2, name, options, o));
}

export function sendAutocomplete(fake: FakeDiscord, name: string, options: Record<string, Value>, focused: string, o: InteractionOpts = {}) {
  return fake.sendInteraction(payload(fake, 4, name, options, { ...o, focused }));
}

/** The callback and (for a deferred reply) the edit or follow-ups of one interaction, as the fake recorded them. */
export function callsOf(fake: FakeDiscord, ix: { id: string; token: string }) {
  return fake.calls.filter((c) => c.path.startsWith(`/interactions/${ix.id}/`) || c.path.includes(`/${ix.token}`));
}
