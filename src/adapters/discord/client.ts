// The discord.js Client Readout uses: Guilds intent only (slash commands need no message content), small caches.
import { Client, GatewayIntentBits, Options } from 'discord.js';
import { NO_MENTIONS } from './render-embeds.js';

export interface ClientOptions {
  /** REST base, e.g. 'http://127.0.0.1:PORT/api' for a local server; discord.js appends /v10. */
  api?: string;
  /** Shards this process runs, or 'auto' to ask Discord; omitted = what ShardingManager passed, else one. */
  shards?: number[] | 'auto';
  shardCount?: number;
}

export function createDiscordClient(opts: ClientOptions = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: opts.api ? { api: opts.api } : {},
    ...(opts.shards !== undefined ? { shards: opts.shards } : {}),
    ...(opts.shardCount !== undefined ? { shardCount: opts.shardCount } : {}),
    // A safety net under every message: even a payload built elsewhere cannot ping.
    allowedMentions: NO_MENTIONS,
    // Only guilds and channels are needed; members and messages that interactions bring along are not kept,
    // which keeps memory flat across thousands of guilds.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      // The bot's own member is kept: discord.js reads it for permission checks.
      GuildMemberManager: { maxSize: 0, keepOverLimit: (m) => m.id === m.client.user.id },
      PresenceManager: 0,
      ReactionManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      VoiceStateManager: 0,
    }),
  });
}
