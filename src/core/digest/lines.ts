// Answer lines for /digest list and /digest history: each names its time zone, pauses and failures say why.
import type { AnswerLine } from '../answer.js';
import { describeSchedule } from './period.js';
import type { DeliveryRecord, DigestSubscription } from './service.js';
import { formatInZone } from './time-zone.js';

const aboutText = (about: string) => (about ? ` about “${about}”` : '');

/** "this channel — every day at 08:00 (Europe/Berlin) about “Shoigu” · next Tue 12 Mar 2024, 08:00" */
export function subscriptionLine(s: DigestSubscription, currentChannel: string | null): AnswerLine {
  const where = s.channelId === currentChannel ? 'this channel' : `channel ${s.channelId}`;
  const flags = s.skipEmpty ? ' · skips quiet periods' : '';
  const status = s.paused
    ? ` · PAUSED: ${s.pauseReason ?? 'no reason recorded'} — run /digest subscribe in that channel to resume`
    : ` · next ${formatInZone(s.nextDueAt, s.timezone)}`;
  return { text: `${where} — ${describeSchedule(s)}${aboutText(s.about)}${flags}${status}`, cites: [] };
}

const STATE_TEXT: Record<DeliveryRecord['state'], string> = {
  due: 'waiting to be sent',
  claimed: 'being sent',
  sent: 'sent',
  failed: 'failed',
  skipped: 'skipped',
};

/** "Tue 12 Mar 2024, 08:00 (Europe/Berlin) — sent late, 3 stories" */
export function deliveryLine(d: DeliveryRecord): AnswerLine {
  const parts = [STATE_TEXT[d.state] + (d.state === 'sent' && d.late ? ' late' : '')];
  if (d.state === 'sent' && d.storyCount !== null) parts.push(`${d.storyCount} stor${d.storyCount === 1 ? 'y' : 'ies'}`);
  if (d.state === 'failed') parts.push(d.retryAt ? `retrying ${formatInZone(d.retryAt, d.timezone)}` : 'gave up');
  if (d.attempts > 1) parts.push(`${d.attempts} attempts`);
  if (d.reason && d.state !== 'sent') parts.push(d.reason);
  return { text: `${formatInZone(d.scheduledAt, d.timezone)} (${d.timezone})${aboutText(d.about)} — ${parts.join(', ')}`, cites: [] };
}
