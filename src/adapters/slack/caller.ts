// Builds the Caller of a slash command: workspace as tenant, and manage rights only when a command needs them.
import type { SlashCommand, webApi } from '@slack/bolt';
import type { AnyCommand, Caller } from '../../core/command.js';
import type { Env } from '../../config/env.js';
import type { Logger } from '../../log.js';

export function adminUserIds(env: Pick<Env, 'SLACK_ADMIN_USER_IDS'>): Set<string> {
  return new Set((env.SLACK_ADMIN_USER_IDS ?? '').split(',').map((s) => s.trim()).filter(Boolean));
}

/**
 * Workspace admins and owners may manage; so may users listed in SLACK_ADMIN_USER_IDS. `users.info` costs a Web
 * API call (and the users:read scope), so it is asked only for commands marked `requiresManage`.
 */
async function mayManage(client: webApi.WebClient, env: Env, userId: string, log: Logger): Promise<boolean> {
  if (adminUserIds(env).has(userId)) return true;
  try {
    const info = await client.users.info({ user: userId });
    return Boolean(info.user?.is_admin || info.user?.is_owner || info.user?.is_primary_owner);
  } catch (err) {
    log.warn(`slack: users.info failed for ${userId}; treating as not an admin (is the users:read scope granted?)`, err);
    return false;
  }
}

export async function slackCaller(cmd: AnyCommand, command: SlashCommand, client: webApi.WebClient, env: Env, log: Logger): Promise<Caller> {
  return {
    platform: 'slack',
    userId: command.user_id,
    tenant: command.team_id,
    channelId: command.channel_id || null,
    canManage: cmd.requiresManage ? await mayManage(client, env, command.user_id, log) : false,
  };
}
