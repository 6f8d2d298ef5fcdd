// Structural diffs of JSON values, made for views that change a little at a time: a value that
// is the same object as before costs nothing (views keep unchanged sections by identity); lists
// of records with an id are matched by id, so an entry appended to a sliding window travels once
// as itself, with the key of the one that left, never as index-wise replacements; other lists
// that only grew travel as the appended items. The format is compact for msgpack:
//
//   ["=", value]                 replace with value
//   ["-"]                        delete this key of an object
//   ["o", {key: Diff, …}]        change some keys of an object
//   ["+", [item, …]]             append items to a list
//   ["k", field, KeyedChanges]   change a list of records keyed by `field`
//
// KeyedChanges: {d?: keys deleted, e?: [[key, Diff], …] edits of kept records, p?: records added
// or replaced, o?: the full key order when it is not "kept records, then added ones"}.
// The zod schema of the format is in shared/protocol/messages.ts (ViewDiff); this module stays
// free of zod because the client bundles it.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;

export type KeyedChanges = { d?: Key[] | undefined; e?: [Key, Diff][] | undefined; p?: Json[] | undefined; o?: Key[] | undefined };
export type Diff = ["=", Json] | ["-"] | ["o", Record<string, Diff>] | ["+", Json[]] | ["k", string, KeyedChanges];

/** Fields that identify a record in a list, tried in this order; a list is keyed only if the field is present and unique in every record. */
const KEY_FIELDS = ["id", "seq", "key", "seat", "round"] as const;

type Obj = { [key: string]: Json };
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** How to turn `before` into `after`, or undefined when they are equal. */
export function diff(before: unknown, after: unknown): Diff | undefined {
  if (before === after) return undefined;
  if (Array.isArray(before) && Array.isArray(after)) return diffList(before as Json[], after as Json[]);
  if (isObject(before) && isObject(after)) {
    const changes = diffObject(before, after);
    return changes ? ["o", changes] : undefined;
  }
  if (typeof before === "number" && typeof after === "number" && Number.isNaN(before) && Number.isNaN(after)) return undefined;
  return ["=", after as Json];
}

function diffObject(before: Obj, after: Obj): Record<string, Diff> | undefined {
  let changes: Record<string, Diff> | undefined;
  for (const key in after) {
    const d = key in before ? diff(before[key], after[key]) : (["=", after[key] as Json] as Diff);
    if (d) (changes ??= {})[key] = d;
  }
  for (const key in before) if (!(key in after)) (changes ??= {})[key] = ["-"];
  return changes;
}

function keyField(before: readonly Json[], after: readonly Json[]): string | null {
  const field = keyOfList(after) ?? keyOfList(before);
  return field !== null && keyOfList(before) === field && keyOfList(after) === field ? field : null;
}

// Views keep unchanged lists by identity, so a list is looked at once in its life: as the new
// list of one diff, then as the old list of the next.
const listKeys = new WeakMap<readonly Json[], string | null>();

/**
 * Declares a list's key field, for a producer that guarantees it (a journal's window, keyed by
 * seq), sparing the diff its check. Returns the list.
 */
export function keyedBy<T extends readonly unknown[]>(list: T, field: (typeof KEY_FIELDS)[number]): T {
  listKeys.set(list as unknown as readonly Json[], field);
  return list;
}

/** The first of KEY_FIELDS that is present and unique in every record of the list, if any. */
function keyOfList(list: readonly Json[]): string | null {
  let field = listKeys.get(list);
  if (field !== undefined) return field;
  field = null;
  const first = list[0];
  if (isObject(first)) {
    for (const candidate of KEY_FIELDS) {
      const v = first[candidate];
      if ((typeof v === "string" || typeof v === "number") && uniqueKeys(list, candidate)) {
        field = candidate;
        break;
      }
    }
  }
  listKeys.set(list, field);
  return field;
}

function uniqueKeys(list: readonly Json[], field: string): boolean {
  const seen = new Set<Key>();
  for (const item of list) {
    if (!isObject(item)) return false;
    const k = item[field];
    if ((typeof k !== "string" && typeof k !== "number") || seen.has(k)) return false;
    seen.add(k);
  }
  return true;
}

function diffList(before: Json[], after: Json[]): Diff | undefined {
  if (after.length === 0) return before.length === 0 ? undefined : ["=", after];
  const field = before.length === 0 ? null : keyField(before, after);
  if (field === null) return diffPlainList(before, after);
  const keyOf = (item: Json) => (item as Obj)[field] as Key;
  const slid = slidWindow(before, after, field, keyOf);
  if (slid) return slid;
  const old = new Map<Key, number>();
  for (let i = 0; i < before.length; i++) old.set(keyOf(before[i] as Json), i);
  const changes: KeyedChanges = {};
  // Without an explicit order, the result is the kept records in their old order, then the new
  // ones: track whether `after` follows it while walking it.
  let kept = 0;
  let lastOld = -1;
  let sawNew = false;
  let ordered = true;
  for (const item of after) {
    const k = keyOf(item);
    const i = old.get(k);
    if (i === undefined) {
      sawNew = true;
      (changes.p ??= []).push(item);
      continue;
    }
    kept++;
    if (sawNew || i < lastOld) ordered = false;
    lastOld = i;
    const prev = before[i] as Json;
    if (prev === item) continue;
    const d = diff(prev, item);
    if (d?.[0] === "=") (changes.p ??= []).push(item);
    else if (d) (changes.e ??= []).push([k, d]);
  }
  if (kept < before.length) {
    const present = new Set(after.map(keyOf));
    changes.d = before.map(keyOf).filter((k) => !present.has(k));
  }
  if (!ordered) changes.o = after.map(keyOf);
  if (!changes.d && !changes.e && !changes.p && !changes.o) return undefined;
  return ["k", field, changes];
}

/**
 * The commonest change of a list in a view: some records left at the front and others came at
 * the end, the rest being the very same objects (a window of the journal or of messages).
 * Undefined when the change is anything else.
 */
function slidWindow(before: Json[], after: Json[], field: string, keyOf: (item: Json) => Key): Diff | undefined {
  const first = after[0];
  let left = 0;
  while (left < before.length && before[left] !== first) left++;
  const kept = before.length - left;
  if (kept === 0 || kept > after.length) return undefined;
  for (let i = 0; i < kept; i++) if (before[left + i] !== after[i]) return undefined;
  if (left === 0 && kept === after.length) return undefined;
  const changes: KeyedChanges = {};
  if (left > 0) changes.d = before.slice(0, left).map(keyOf);
  if (kept < after.length) changes.p = after.slice(kept);
  return ["k", field, changes];
}

/** A list without keys: its new items if it only grew, else the whole list. */
function diffPlainList(before: Json[], after: Json[]): Diff | undefined {
  if (after.length >= before.length && before.every((item, i) => diff(item, after[i]) === undefined)) {
    return after.length === before.length ? undefined : ["+", after.slice(before.length)];
  }
  return ["=", after];
}

/** Applies a diff, copying only what changes (the input is never modified). Throws if the diff does not fit the value. */
export function patch<T>(value: T, d: Diff): T {
  return applyDiff(value as Json, d) as T;
}

function applyDiff(value: Json, d: Diff): Json {
  switch (d[0]) {
    case "=":
      return d[1];
    case "-":
      throw new Error("a deletion applies to an object's key, not to a value");
    case "o": {
      if (!isObject(value)) throw new Error("an object diff applies to an object");
      const out: Obj = { ...value };
      for (const [key, change] of Object.entries(d[1])) {
        if (change[0] === "-") delete out[key];
        else out[key] = key in out ? applyDiff(out[key] as Json, change) : applyNew(change);
      }
      return out;
    }
    case "+":
      if (!Array.isArray(value)) throw new Error("an append applies to a list");
      return [...value, ...d[1]];
    case "k": {
      if (!Array.isArray(value)) throw new Error("a keyed diff applies to a list");
      const [, field, changes] = d;
      const keyOf = (item: Json) => {
        const k = isObject(item) ? item[field] : undefined;
        if (typeof k !== "string" && typeof k !== "number") throw new Error(`a record lacks its key "${field}"`);
        return k;
      };
      const byKey = new Map<Key, Json>();
      for (const item of value) byKey.set(keyOf(item), item);
      const order = value.map(keyOf);
      for (const k of changes.d ?? []) {
        if (!byKey.delete(k)) throw new Error(`no record ${k} to delete`);
      }
      for (const [k, change] of changes.e ?? []) {
        const item = byKey.get(k);
        if (item === undefined) throw new Error(`no record ${k} to change`);
        byKey.set(k, applyDiff(item, change));
      }
      for (const item of changes.p ?? []) {
        const k = keyOf(item);
        if (!byKey.has(k)) order.push(k);
        byKey.set(k, item);
      }
      return (changes.o ?? order.filter((k) => byKey.has(k))).map((k) => {
        const item = byKey.get(k);
        if (item === undefined) throw new Error(`no record ${k} in the new order`);
        return item;
      });
    }
  }
}

function applyNew(change: Diff): Json {
  if (change[0] !== "=") throw new Error("a new key needs a value");
  return change[1];
}
