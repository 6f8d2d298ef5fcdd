// One session's authoritative state: the engine state plus its durable log. Actions are
// applied one at a time; an accepted action is appended to the store before the new state
// is adopted, so nothing a player was told succeeded can be lost.
import type { Action, Actor } from "../../shared/protocol/actions.ts";
import type { RuleError } from "../../shared/protocol/errors.ts";
import { apply, replay } from "../../shared/rules/engine.ts";
import type { GameState, JournalEntry } from "../../shared/rules/state.ts";
import { createInitialState } from "../../shared/rules/state.ts";
import type { EventStore, SessionRecord } from "../store/event-store.ts";

export type Submitted =
  | { readonly ok: true; readonly seq: number; readonly events: readonly JournalEntry[] }
  | { readonly ok: false; readonly error: RuleError };

export class SessionRuntime {
  #state: GameState;
  #seq: number;
  #queue: Promise<unknown> = Promise.resolve();
  readonly record: SessionRecord;
  readonly #store: EventStore;

  private constructor(record: SessionRecord, state: GameState, seq: number, store: EventStore) {
    this.record = record;
    this.#state = state;
    this.#seq = seq;
    this.#store = store;
  }

  /** Rebuilds a session from its log (a new session has an empty one). */
  static async load(store: EventStore, code: string): Promise<SessionRuntime | null> {
    const record = await store.getSession(code);
    if (!record) return null;
    const entries = await store.entries(code);
    const initial = createInitialState(record.scenario, record.seed);
    const state = replay(
      initial,
      entries.map((e) => ({ action: e.action, ctx: { actor: e.actor, now: e.at } })),
    );
    return new SessionRuntime(record, state, entries.length, store);
  }

  get state(): GameState {
    return this.#state;
  }

  /** Number of accepted actions so far. */
  get seq(): number {
    return this.#seq;
  }

  /** Applies and persists one action; calls run strictly one after another. */
  submit(actor: Actor, action: Action, now: number): Promise<Submitted> {
    const run = async (): Promise<Submitted> => {
      const result = apply(this.#state, action, { actor, now });
      if (!result.ok) return result;
      const seq = this.#seq + 1;
      await this.#store.append(this.record.code, { seq, action, actor, at: now });
      this.#state = result.state;
      this.#seq = seq;
      if (result.state.stage === "ended") await this.#store.markEnded(this.record.code, now);
      return { ok: true, seq, events: result.events };
    };
    const next = this.#queue.then(run, run);
    this.#queue = next.catch(() => undefined);
    return next;
  }
}
