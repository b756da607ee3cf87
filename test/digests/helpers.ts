// Small builders for the scheduler tests: a recording poster, hand-built stories, and a subscribe shortcut.
import type { Answer } from '../../src/core/answer.js';
import type { DeliveryResult, Poster } from '../../src/core/delivery.js';
import type { SubscribeInput } from '../../src/core/digest/service.js';
import type { Knowledge, StoryDetail } from '../../src/core/knowledge.js';

export interface Post {
  channelId: string;
  answer: Answer;
}

/**
 * A platform poster that records what reaches the "channel". `behave` decides each send (n counts calls per
 * channel from 1); by default every post succeeds.
 */
export function recordingPoster(
  platform: Poster['platform'],
  behave: (channelId: string, n: number) => DeliveryResult | Promise<DeliveryResult> = () => ({ ok: true, messageIds: ['m'] }),
): Poster & { posts: Post[]; calls: Map<string, number> } {
  const posts: Post[] = [];
  const calls = new Map<string, number>();
  return {
    platform,
    posts,
    calls,
    async post(channelId, answer) {
      const n = (calls.get(channelId) ?? 0) + 1;
      calls.set(channelId, n);
      const r = await behave(channelId, n);
      if (r.ok) posts.push({ channelId, answer });
      return r;
    },
  };
}

export const postsTo = (p: { posts: Post[] }, channelId: string) => p.posts.filter((x) => x.channelId === channelId);

/** A story first covered at `ingestedAt` (ISO), by the given outlets. */
export function storyAt(id: string, ingestedAt: string, outlets: string[], people: string[] = []): StoryDetail {
  return {
    id, title: `Story ${id}`, date: '2022-05-13', dateInferred: false, outlets, articleCount: outlets.length, people,
    firstIngestedAt: ingestedAt, lastIngestedAt: ingestedAt,
    sources: outlets.map((o, i) => ({ article: `${id}-${i}.txt`, title: `${id} ${i}`, outlet: o, published: '2022-05-13', url: null, evidence: `Lead of ${id}.` })),
    contacts: [], quotes: [], disagreements: [],
  };
}

/**
 * The one Knowledge query the scheduler uses, over a fixed list of stories by ingestion time. The scheduler's
 * subject is the ledger, not the corpus; digest contents on the real store are tested in content.test.ts.
 */
export function storiesKnowledge(stories: StoryDetail[]): Knowledge {
  const unused = async (): Promise<never> => {
    throw new Error('not used by the scheduler');
  };
  return {
    async storiesWithNewCoverage(_tenant, from, to, opts) {
      return stories.filter(
        (s) => s.lastIngestedAt >= from && s.lastIngestedAt < to && (!opts.about || s.people.includes(opts.about)),
      );
    },
    findPerson: unused, contactsOf: unused, recentContacts: unused, quotesBy: unused, stories: unused,
    story: unused, search: unused, personNames: unused,
  };
}

export const sub = (channelId: string, extra: Partial<SubscribeInput> = {}): SubscribeInput => ({
  platform: 'discord', tenant: 'guild-1', channelId, creator: 'u-admin', about: '', time: '08:00',
  timezone: 'Europe/Berlin', every: 'day', skipEmpty: false, ...extra,
});

export const silentLog = { info: () => undefined, warn: () => undefined, error: () => undefined };
