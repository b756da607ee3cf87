// /digest: scheduled digests of new coverage for a channel — subscribe, unsubscribe, list, preview now, history.
import { z } from 'zod';
import { emptyAnswer, errorAnswer, infoAnswer, type Answer } from '../src/core/answer.js';
import { defineCommand, type Caller } from '../src/core/command.js';
import { deliveryLine, subscriptionLine } from '../src/core/digest/lines.js';
import { DIGEST_EVERY, describeSchedule, normaliseTime } from '../src/core/digest/period.js';
import { isDigestService, type ChannelRef } from '../src/core/digest/service.js';
import { checkTimeZone, formatInZone } from '../src/core/digest/time-zone.js';

const ACTIONS = ['subscribe', 'unsubscribe', 'list', 'now', 'history'] as const;

function refuse(action: string): Answer {
  return errorAnswer(
    'permission.denied',
    `Only people who can manage this channel can ${action} digests`,
    'Digests post to everyone in the channel, so a channel manager decides.',
    'Ask someone with Manage Channels (Discord) or a workspace admin (Slack) to run it.',
  );
}

/** The zone named in the command, else the caller's, else UTC; `said` tells whether the user chose it. */
function chooseZone(arg: string | undefined, caller: Caller): { zone: string; said: boolean } | Answer {
  if (arg) {
    const z = checkTimeZone(arg);
    if (z.ok) return { zone: z.zone, said: true };
    const hint = z.suggestions.length ? `Did you mean ${z.suggestions.join(', ')}?` : 'Use an IANA name such as Europe/Berlin, America/New_York or UTC.';
    return errorAnswer('option.invalid', `“${arg.slice(0, 64)}” is not a time zone I know`, hint, hint);
  }
  const own = caller.timezone ? checkTimeZone(caller.timezone) : null;
  return { zone: own?.ok ? own.zone : 'UTC', said: false };
}

export default defineCommand({
  name: 'digest',
  description: 'Scheduled digests of new coverage in this channel: subscribe, unsubscribe, list, now, history',
  options: z.object({
    action: z.enum(ACTIONS).default('list').describe('What to do'),
    time: z
      .string()
      .trim()
      .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time like 08:00')
      .default('08:00')
      .describe('Send time, 24-hour HH:MM (subscribe)'),
    timezone: z.string().trim().min(1).max(64).optional().describe('IANA time zone, e.g. Europe/Berlin (default: yours, else UTC)'),
    about: z.string().trim().min(1).max(100).optional().describe('Only stories about this person or these words').meta({ autocomplete: 'person' }),
    every: z.enum(DIGEST_EVERY).default('day').describe('How often: day, weekday (Mon–Fri) or week (Mondays)'),
    skip_empty: z.boolean().default(false).describe('Post nothing when there is no new coverage'),
  }),
  positional: ['action', 'time'],
  examples: [
    '/digest subscribe time:08:00 timezone:Europe/Berlin',
    '/digest subscribe time:07:30 timezone:America/New_York about:Shoigu every:weekday',
    '/digest now',
    '/digest list',
    '/digest history',
  ],
  slow: true,
  requiresManage: true,
  async run(ctx, args): Promise<Answer> {
    const digests = ctx.services.digests;
    if (!isDigestService(digests)) return errorAnswer('unavailable', 'Digests are not available here', 'This Readout runs without the digest scheduler.');
    const { caller } = ctx;
    const chosen = chooseZone(args.timezone, caller);
    if ('kind' in chosen) return chosen;
    const { zone } = chosen;
    const channel: ChannelRef = { platform: caller.platform, tenant: caller.tenant, channelId: caller.channelId ?? '' };
    const about = args.about ?? '';
    const every = args.every;

    if (args.action === 'list') {
      const subs = await digests.list(caller.platform, caller.tenant);
      if (!subs.length) return emptyAnswer('No digests here yet', 'A channel manager can start one in a channel: /digest subscribe time:08:00 timezone:Europe/Berlin');
      return infoAnswer(`Digests (${subs.length})`, 'Times are in each digest’s own time zone.', [
        { lines: subs.map((s) => subscriptionLine(s, caller.channelId)) },
      ]);
    }
    if (args.action === 'history') {
      const rows = caller.channelId ? await digests.history(channel, 10) : [];
      if (!rows.length) return emptyAnswer('No digests delivered in this channel yet', 'Deliveries show here once a subscribed digest is due.');
      return infoAnswer('Digest history (this channel)', 'The last deliveries, newest first; times in each digest’s zone.', [{ lines: rows.map(deliveryLine) }]);
    }
    if (args.action === 'now') {
      const preview = await digests.preview(channel, { time: normaliseTime(args.time) ?? '08:00', timezone: zone, every, about }, ctx.now);
      return { ...preview, ephemeral: true };
    }

    if (caller.platform === 'terminal' || !caller.channelId) {
      return errorAnswer('option.invalid', 'Digests post to a Discord or Slack channel', 'Run /digest subscribe in the channel that should receive them.');
    }
    if (!caller.canManage) return refuse(args.action);

    if (args.action === 'unsubscribe') {
      const removed = await digests.unsubscribe(channel, args.about);
      if (!removed.length) {
        return emptyAnswer('No digest to stop here', args.about ? `This channel has no digest about “${args.about}”. See /digest list.` : 'This channel has no digest. See /digest list.');
      }
      return infoAnswer(
        removed.length === 1 ? 'Digest stopped' : `${removed.length} digests stopped`,
        `This channel no longer gets: ${removed.map((s) => `${describeSchedule(s)}${s.about ? ` about “${s.about}”` : ''}`).join('; ')}.`,
        [],
        false,
      );
    }

    const time = normaliseTime(args.time) ?? '08:00';
    const r = await digests.subscribe(
      { ...channel, creator: caller.userId, about, time, timezone: zone, every, skipEmpty: args.skip_empty },
      ctx.now,
    );
    if (r.kind === 'limit') return errorAnswer('option.invalid', `This channel already has ${r.max} digests`, 'Stop one first: /digest unsubscribe about:<person or words>');
    const s = r.subscription;
    const notes = [
      `Next: ${formatInZone(s.nextDueAt, zone)} (${zone}).`,
      chosen.said ? '' : `${zone} is the default time zone here; add timezone:Europe/Berlin (any IANA name) to change it.`,
      s.skipEmpty ? 'Quiet periods are skipped.' : 'A quiet period gets a one-line note.',
    ];
    return infoAnswer(
      r.kind === 'created' ? 'Digest subscribed' : 'Digest updated',
      `This channel gets a digest ${describeSchedule(s)}${about ? ` about “${about}”` : ''}: the stories with new coverage, most outlets first. ${notes.filter(Boolean).join(' ')}`,
      [],
      false,
    );
  },
});
