// Remembers the answers to recent intents per sender, so an intent retransmitted after a
// reconnect gets its first answer again instead of being applied twice.
import type { IntentAccepted, IntentRejection } from "../../shared/protocol/messages.ts";

export type Answer = { readonly ok: true; readonly value: IntentAccepted } | { readonly ok: false; readonly value: IntentRejection };

export class IntentMemory {
  readonly #bySender = new Map<string, Map<string, Answer>>();
  readonly #perSender: number;

  constructor(perSender = 128) {
    this.#perSender = perSender;
  }

  get(sender: string, intentId: string): Answer | undefined {
    return this.#bySender.get(sender)?.get(intentId);
  }

  remember(sender: string, intentId: string, answer: Answer): void {
    let answers = this.#bySender.get(sender);
    if (!answers) this.#bySender.set(sender, (answers = new Map()));
    answers.set(intentId, answer);
    // Maps keep insertion order: drop the oldest beyond the window.
    if (answers.size > this.#perSender) {
      const oldest = answers.keys().next().value;
      if (oldest !== undefined) answers.delete(oldest);
    }
  }
}
