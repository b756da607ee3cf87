// Sends an Answer as the reply to an interaction, whatever state it is in (fresh, deferred, already answered).
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { Answer } from '../../core/answer.js';
import { NO_MENTIONS, renderAnswer } from './render-embeds.js';

type Replyable = Pick<ChatInputCommandInteraction, 'deferred' | 'replied' | 'ephemeral' | 'reply' | 'editReply' | 'followUp' | 'deleteReply'>;

/**
 * Fresh → reply; deferred → edit the "thinking…" message; answered → follow up. An ephemeral answer after a
 * public defer cannot become private by editing, so the public placeholder is removed and the answer follows privately.
 */
export async function sendAnswer(i: Replyable, answer: Answer): Promise<void> {
  const messages = renderAnswer(answer);
  const flags = answer.ephemeral ? MessageFlags.Ephemeral : undefined;
  const [first, ...rest] = messages;
  if (!first) return;
  const payload = { embeds: first.embeds, allowedMentions: NO_MENTIONS };
  if (!i.deferred && !i.replied) {
    await i.reply({ ...payload, ...(flags ? { flags } : {}) });
  } else if (i.deferred && !i.replied && (!answer.ephemeral || i.ephemeral)) {
    await i.editReply(payload);
  } else {
    if (i.deferred && !i.replied) await i.deleteReply().catch(() => undefined);
    await i.followUp({ ...payload, ...(flags ? { flags } : {}) });
  }
  for (const m of rest) {
    await i.followUp({ embeds: m.embeds, allowedMentions: NO_MENTIONS, ...(flags ? { flags } : {}) });
  }
}
