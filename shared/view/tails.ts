// The parts of a view read from the journal's tail (the latest entries, the latest messages of
// each channel, the statements one may still answer), kept up to date incrementally for one
// audience: each new journal entry is looked at once, however long the session. The journal
// only grows, so a reader remembers how far it has read. The results equal the reference's
// backward reads (audience-view.ts, negotiation.ts); tests/view checks that they always do.
import type { JournalEntry } from "../protocol/events.ts";
import type { NegotiationView } from "../protocol/view-negotiation.ts";
import { RULES } from "../rules/constants.ts";
import { keyedBy } from "../sync/diff.ts";
import { namesEntry } from "../rules/handlers/floor.ts";
import type { Audience } from "./audience.ts";
import { canRead } from "./audience-view.ts";
import { messageOf, type Channel, type MessageView } from "./negotiation.ts";

type Messages = NegotiationView["messages"];
const CHANNELS: readonly Channel[] = ["public", "team", "backChannel"];

export class JournalTails {
  readonly #audience: Audience;
  #read = 0;
  #last: JournalEntry | undefined;
  #journal: JournalEntry[] = [];
  #messages: Record<Channel, { seq: number; message: MessageView }[]> = { public: [], team: [], backChannel: [] };
  #replyCandidates: number[] = [];
  // Last results, handed out again (same identity) while nothing they show changed.
  #journalOut: JournalEntry[] | null = null;
  #messagesOut: Messages | null = null;
  #repliesOut: { candidates: number[]; answered: readonly string[]; out: number[] } | null = null;

  constructor(audience: Audience) {
    this.#audience = audience;
  }

  journal(journal: readonly JournalEntry[]): JournalEntry[] {
    this.#catchUp(journal);
    return (this.#journalOut ??= keyedBy(this.#journal.slice(), "seq"));
  }

  messages(journal: readonly JournalEntry[]): Messages {
    this.#catchUp(journal);
    const m = this.#messages;
    const list = (channel: Channel) => keyedBy(m[channel].map((x) => x.message), "id");
    return (this.#messagesOut ??= { public: list("public"), team: list("team"), backChannel: list("backChannel") });
  }

  /** Entries naming the seat in the reply window that it has not answered (`answered`: the floor's `seq:seat` list). */
  replies(journal: readonly JournalEntry[], answered: readonly string[]): number[] {
    this.#catchUp(journal);
    const last = this.#repliesOut;
    if (last && last.candidates === this.#replyCandidates && last.answered === answered) return last.out;
    const seat = this.#audience.kind === "seat" ? this.#audience.seat : null;
    const out = seat === null ? [] : this.#replyCandidates.filter((seq) => !answered.includes(`${seq}:${seat}`));
    this.#repliesOut = { candidates: this.#replyCandidates, answered, out };
    return out;
  }

  /** Reads the entries appended since the last call. */
  #catchUp(journal: readonly JournalEntry[]): void {
    if (journal.length === this.#read && journal[this.#read - 1] === this.#last) return;
    // Only appends are expected; anything else (a different history) is read again from the start.
    if (journal.length < this.#read || journal[this.#read - 1] !== this.#last) this.#reset();
    const audience = this.#audience;
    const seat = audience.kind === "seat" ? audience.seat : null;
    let journalChanged = false;
    let messagesChanged = false;
    let repliesChanged = false;
    for (let i = this.#read; i < journal.length; i++) {
      const entry = journal[i];
      if (!entry) continue;
      if (canRead(entry, audience)) {
        this.#journal.push(entry);
        journalChanged = true;
      }
      const found = messageOf(entry, audience);
      if (found) {
        this.#messages[found.channel].push({ seq: entry.seq, message: found.message });
        messagesChanged = true;
      }
      if (seat !== null && namesEntry(entry, seat)) {
        this.#replyCandidates = [...this.#replyCandidates, entry.seq];
        repliesChanged = true;
      }
    }
    this.#read = journal.length;
    this.#last = journal[journal.length - 1];
    // Trim to the windows the reference reads: the last N readable entries; the last N messages
    // of each channel among the last viewMessageWindow entries; candidates among the last replyWindow.
    if (this.#journal.length > RULES.viewJournalLength) {
      this.#journal.splice(0, this.#journal.length - RULES.viewJournalLength);
      journalChanged = true;
    }
    const oldestMessage = journal.length - RULES.viewMessageWindow;
    for (const channel of CHANNELS) {
      const list = this.#messages[channel];
      let drop = Math.max(0, list.length - RULES.viewMessages);
      while (drop < list.length && (list[drop]?.seq ?? 0) - 1 < oldestMessage) drop++;
      if (drop > 0) {
        list.splice(0, drop);
        messagesChanged = true;
      }
    }
    const oldestReply = journal.length - RULES.replyWindow;
    if (this.#replyCandidates.length > 0 && (this.#replyCandidates[0] ?? 0) - 1 < oldestReply) {
      this.#replyCandidates = this.#replyCandidates.filter((seq) => seq - 1 >= oldestReply);
      repliesChanged = true;
    }
    if (journalChanged) this.#journalOut = null;
    if (messagesChanged) this.#messagesOut = null;
    if (repliesChanged) this.#repliesOut = null;
  }

  #reset(): void {
    this.#read = 0;
    this.#last = undefined;
    this.#journal = [];
    this.#messages = { public: [], team: [], backChannel: [] };
    this.#replyCandidates = [];
    this.#journalOut = null;
    this.#messagesOut = null;
    this.#repliesOut = null;
  }
}
