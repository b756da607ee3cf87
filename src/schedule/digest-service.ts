// The DigestService behind /digest: subscriptions and history from the store, previews built like real digests.
import { buildDigest } from '../core/digest/build.js';
import { slotAtOrBefore } from '../core/digest/period.js';
import type { DigestService } from '../core/digest/service.js';
import type { Knowledge } from '../core/knowledge.js';
import type { SqlHandle } from '../store/sql.js';
import { createDeliveryLedger } from './ledger.js';
import { createSubscriptionStore, MAX_SUBSCRIPTIONS_PER_CHANNEL } from './subscriptions.js';

export function createDigestService(db: SqlHandle, knowledge: Knowledge): DigestService {
  const subscriptions = createSubscriptionStore(db);
  const ledger = createDeliveryLedger(db);
  return {
    async subscribe(input, now) {
      const r = await subscriptions.upsert(input, now);
      if ('full' in r) return { kind: 'limit', max: MAX_SUBSCRIPTIONS_PER_CHANNEL };
      return { kind: r.created ? 'created' : 'updated', subscription: r.subscription };
    },
    unsubscribe: (channel, about) => subscriptions.remove(channel, about),
    list: (platform, tenant) => subscriptions.list(platform, tenant),
    history: (channel, limit) => ledger.history(channel, limit),
    async preview(channel, schedule, now) {
      // The channel's own subscription decides the zone and period when there is one with the same filter.
      const own = (await subscriptions.inChannel(channel)).find((s) => s.about === schedule.about);
      const s = own ?? schedule;
      const from = slotAtOrBefore(s, now).at;
      const period = { key: 'preview', from, to: now };
      const about = s.about || undefined;
      const stories = await knowledge.storiesWithNewCoverage(channel.tenant, from.toISOString(), now.toISOString(), { about, limit: 50 });
      return buildDigest(stories, period, { timezone: s.timezone, every: s.every, about, preview: true });
    },
  };
}
