// Keeps every client's copy of its view current, doing each piece of work once:
// - the audience's part of a view (everything but `me` and `can`) is built once per audience,
//   with sections kept by identity while their inputs are unchanged (shared/view/memo.ts) and
//   the journal's tail read incrementally; it is diffed once and encoded once, and the same
//   bytes go to every client of the audience;
// - each viewer's identity and rights are diffed per client; each right is asked of the engine
//   again only when a part of the state it read has changed (rights.ts);
// - flushing is the room's call: every action accepted since the last flush goes out as one
//   patch per audience.
// What a client receives is therefore exactly viewFor(state, its viewer), as tests/view checks.
import type { ViewPatch, ViewSnapshot } from "../../shared/protocol/messages.ts";
import { MESSAGE_TYPES } from "../../shared/protocol/message-types.ts";
import type { AudienceView, PersonalView } from "../../shared/protocol/view.ts";
import type { GameState } from "../../shared/rules/state.ts";
import { diff } from "../../shared/sync/diff.ts";
import { audienceKey, audienceOf, type Audience, type Viewer } from "../../shared/view/audience.ts";
import { audienceView, type Presence } from "../../shared/view/audience-view.ts";
import { MemoCache } from "../../shared/view/memo.ts";
import { meOf } from "../../shared/view/personal.ts";
import { RightsCache } from "../../shared/view/rights.ts";
import { JournalTails } from "../../shared/view/tails.ts";

/** A connected client as the sync sees it: who it is, and how to send it encoded bytes. */
export type SyncClient = { readonly id: string; readonly viewer: Viewer; send(bytes: Uint8Array): void };
export type Encode = (type: string, message: ViewSnapshot | ViewPatch) => Uint8Array;

type Stream = { readonly audience: Audience; readonly memo: MemoCache; readonly tails: JournalTails; view: AudienceView | null; seq: number };
type Member = { client: SyncClient; audience: string | null; personal: PersonalView | null; seq: number; snapshot: boolean; acted: boolean };

export type FlushStats = { audiences: number; audiencePatches: number; personalPatches: number; snapshots: number; bytes: number };

export class ViewSync {
  readonly #encode: Encode;
  readonly #members = new Map<string, Member>();
  readonly #streams = new Map<string, Stream>();
  readonly #rights = new Map<string, RightsCache>();

  constructor(encode: Encode) {
    this.#encode = encode;
  }

  /** A new client: it gets a snapshot at the next flush. */
  join(client: SyncClient): void {
    this.#members.set(client.id, { client, audience: null, personal: null, seq: 0, snapshot: true, acted: false });
  }

  /** The client lost track (a gap, a reconnection): it gets a snapshot at the next flush. */
  resync(clientId: string): void {
    const m = this.#members.get(clientId);
    if (m) m.snapshot = true;
  }

  /** The client had an action accepted: its next flush tells it the new version even if its view did not change. */
  acted(clientId: string): void {
    const m = this.#members.get(clientId);
    if (m) m.acted = true;
  }

  leave(clientId: string): void {
    this.#members.delete(clientId);
  }

  get size(): number {
    return this.#members.size;
  }

  /** Sends every client what changed since the last flush; `version` counts the accepted actions `state` reflects. */
  flush(state: GameState, version: number, presence: Presence, now: number): FlushStats {
    const stats: FlushStats = { audiences: 0, audiencePatches: 0, personalPatches: 0, snapshots: 0, bytes: 0 };
    const send = (client: SyncClient, bytes: Uint8Array) => {
      client.send(bytes);
      stats.bytes += bytes.byteLength;
    };
    const byAudience = new Map<string, Member[]>();
    for (const m of this.#members.values()) {
      const audience = audienceOf(state, m.client.viewer);
      const key = audienceKey(audience);
      // A client whose audience changed (a player took a seat, say) starts again from a snapshot.
      if (key !== m.audience) {
        m.audience = key;
        m.snapshot = true;
      }
      let list = byAudience.get(key);
      if (!list) {
        byAudience.set(key, (list = []));
        if (!this.#streams.has(key)) this.#streams.set(key, { audience, memo: new MemoCache(), tails: new JournalTails(audience), view: null, seq: 0 });
      }
      list.push(m);
    }
    for (const key of this.#streams.keys()) if (!byAudience.has(key)) this.#streams.delete(key);

    for (const [key, members] of byAudience) {
      const stream = this.#streams.get(key);
      if (!stream) continue;
      stats.audiences++;
      const view = audienceView(state, stream.audience, presence, { memo: stream.memo, tails: stream.tails });
      const change = stream.view === null ? undefined : diff(stream.view, view);
      stream.view = view;
      if (!change) continue;
      stream.seq++;
      const bytes = this.#encode(MESSAGE_TYPES.viewPatch, { stream: "audience", seq: stream.seq, version, serverTime: now, diff: change });
      stats.audiencePatches++;
      for (const m of members) {
        if (m.snapshot) continue;
        send(m.client, bytes);
        m.acted = false;
      }
    }

    const rightsNow = new Map<string, PersonalView["can"]>();
    for (const m of this.#members.values()) {
      const stream = m.audience === null ? undefined : this.#streams.get(m.audience);
      if (!stream?.view) continue;
      const personal: PersonalView = { me: meOf(state, m.client.viewer), can: this.#can(state, m.client.viewer, now, rightsNow) };
      if (m.snapshot) {
        m.snapshot = false;
        m.acted = false;
        m.personal = personal;
        const view = { ...stream.view, ...personal };
        send(m.client, this.#encode(MESSAGE_TYPES.viewSnapshot, { audienceSeq: stream.seq, personalSeq: m.seq, version, serverTime: now, view }));
        stats.snapshots++;
        continue;
      }
      const change = m.personal === null ? undefined : diff(m.personal, personal);
      m.personal = personal;
      if (!change && !m.acted) continue;
      m.seq++;
      m.acted = false;
      send(m.client, this.#encode(MESSAGE_TYPES.viewPatch, { stream: "personal", seq: m.seq, version, serverTime: now, ...(change ? { diff: change } : {}) }));
      stats.personalPatches++;
    }
    this.#forgetRightsOfGoneViewers();
    return stats;
  }

  /** A viewer's rights: shared by their clients, and judged again only where the state changed (rights.ts). */
  #can(state: GameState, viewer: Viewer, now: number, thisFlush: Map<string, PersonalView["can"]>): PersonalView["can"] {
    const key = viewerKey(viewer);
    const done = thisFlush.get(key);
    if (done) return done;
    let rights = this.#rights.get(key);
    if (!rights) this.#rights.set(key, (rights = new RightsCache(viewer)));
    const can = rights.can(state, now);
    thisFlush.set(key, can);
    return can;
  }

  #forgetRightsOfGoneViewers(): void {
    if (this.#rights.size <= this.#members.size) return;
    const present = new Set([...this.#members.values()].map((m) => viewerKey(m.client.viewer)));
    for (const key of this.#rights.keys()) if (!present.has(key)) this.#rights.delete(key);
  }
}

const viewerKey = (v: Viewer) => (v.kind === "player" ? `player:${v.playerId}` : v.kind);
