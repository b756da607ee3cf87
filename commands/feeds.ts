// /feeds: a workspace's own RSS/Atom sources — add, remove, list, poll. Its articles are answered only there.
import { z } from 'zod';
import { emptyAnswer, errorAnswer, infoAnswer, type Answer } from '../src/core/answer.js';
import { defineCommand, type CommandContext } from '../src/core/command.js';
import { feedSection, pollLine } from '../src/core/feeds/feed-lines.js';
import { isFeedService } from '../src/core/feeds/feed-service.js';

function refuse(action: string): Answer {
  return errorAnswer(
    'permission.denied',
    `Only people who manage this server or workspace can ${action} feeds`,
    'Feeds decide what Readout reads for everyone here.',
    'Ask someone who can (Discord: Manage Channels; Slack: a workspace admin) to run it.',
  );
}

export default defineCommand({
  name: 'feeds',
  description: 'Add, remove, list or poll the RSS/Atom feeds this workspace reads',
  options: z.object({
    action: z.enum(['list', 'add', 'remove', 'poll']).default('list').describe('What to do'),
    url: z.string().trim().min(1).max(2048).optional().describe('Feed address (add); feed name or address (remove, poll)'),
    name: z.string().trim().min(1).max(80).optional().describe('Short name for a new feed (add)'),
  }),
  positional: ['action', 'url', 'name'],
  examples: ['/feeds', '/feeds add https://example.com/world/rss.xml World desk', '/feeds poll', '/feeds remove World desk'],
  slow: true,
  requiresManage: true,
  async run(ctx: CommandContext, args): Promise<Answer> {
    const feeds = ctx.services.feeds;
    if (!isFeedService(feeds)) return errorAnswer('unavailable', 'Feeds are not available here', 'This Readout runs without feed polling.');
    const { tenant, canManage, userId } = ctx.caller;
    // Bare words after "remove"/"poll" fill url then name: "/feeds remove World desk" names one feed.
    const target = [args.url, args.name].filter(Boolean).join(' ') || undefined;

    if (args.action === 'list') {
      const list = await feeds.list(tenant);
      if (list.length === 0) return emptyAnswer('No feeds yet', 'Someone who manages this workspace can add one: /feeds add <url> [name]');
      return infoAnswer(`Feeds (${list.length})`, undefined, list.map((f) => feedSection(f, ctx.now)));
    }
    if (!canManage) return refuse(args.action);

    if (args.action === 'add') {
      if (!args.url) return errorAnswer('option.invalid', 'Which feed?', 'Usage: /feeds add <url> [name]');
      const r = await feeds.add(tenant, { url: args.url, name: args.name, addedBy: userId });
      if (r.kind === 'invalid') return errorAnswer('option.invalid', "Can't add that feed", r.message);
      if (r.kind === 'exists') return infoAnswer(`Already reading ${r.feed.name}`, r.feed.url, [feedSection(r.feed, ctx.now)]);
      const ok = r.firstPoll.outcome !== 'failed';
      return infoAnswer(
        ok ? `Added ${r.feed.name}` : `Added ${r.feed.name}, but it could not be read yet`,
        ok
          ? `Polled every ${r.feed.intervalMinutes} min. Its articles are answered in this workspace only.`
          : `Readout will retry with growing pauses and disable it after 5 failures. /feeds remove ${r.feed.name} drops it.`,
        [{ heading: 'First poll', lines: [pollLine(r.firstPoll)] }, feedSection(r.feed, ctx.now)],
      );
    }

    if (args.action === 'remove') {
      if (!target) return errorAnswer('option.invalid', 'Which feed to remove?', 'Usage: /feeds remove <name|url>');
      const removed = await feeds.remove(tenant, target);
      if (!removed) return errorAnswer('not_found', `No feed “${target.slice(0, 80)}” here`, 'See /feeds list for names.');
      return infoAnswer(`Removed ${removed.name}`, 'No longer polled. Articles already read stay searchable here.');
    }

    const reports = await feeds.poll(tenant, target);
    if (reports.length === 0) {
      return target
        ? errorAnswer('not_found', `No feed “${target.slice(0, 80)}” here`, 'See /feeds list for names.')
        : emptyAnswer('No feeds to poll', 'Add one with /feeds add <url> [name].');
    }
    return infoAnswer('Polled now', undefined, [{ lines: reports.map(pollLine) }]);
  },
});
