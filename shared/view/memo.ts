// How a view is assembled: every section is a pure function of explicit inputs (parts of the
// engine state, which Immer shares between versions when they did not change). A Memo may reuse
// a section's last result while its inputs are identical, so an unchanged section keeps its
// identity from one version to the next and the view diff skips it without looking inside.
// FRESH computes everything (the reference, used by bots, tests and replay); a MemoCache is
// kept per audience by the room.

export interface Memo {
  /** fn(...args); may return the last result under `key` while every arg is identical (===). */
  section<A extends readonly unknown[], R>(key: string, fn: (...args: A) => R, ...args: A): R;
  /** items.map((item) => fn(item, ...args)); each result may be reused while its item and the args are identical. */
  each<T extends object, A extends readonly unknown[], R>(key: string, items: readonly T[], fn: (item: T, ...args: A) => R, ...args: A): R[];
}

export const FRESH: Memo = {
  section: (_key, fn, ...args) => fn(...args),
  each: (_key, items, fn, ...args) => items.map((item) => fn(item, ...args)),
};

type Section = { args: readonly unknown[]; result: unknown };
type Each = { args: readonly unknown[]; byItem: WeakMap<object, unknown>; result: unknown[] };

const sameArgs = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export class MemoCache implements Memo {
  readonly #sections = new Map<string, Section>();
  readonly #lists = new Map<string, Each>();

  section<A extends readonly unknown[], R>(key: string, fn: (...args: A) => R, ...args: A): R {
    const last = this.#sections.get(key);
    if (last && sameArgs(last.args, args)) return last.result as R;
    const result = fn(...args);
    this.#sections.set(key, { args, result });
    return result;
  }

  each<T extends object, A extends readonly unknown[], R>(key: string, items: readonly T[], fn: (item: T, ...args: A) => R, ...args: A): R[] {
    let last = this.#lists.get(key);
    if (!last || !sameArgs(last.args, args)) {
      last = { args, byItem: new WeakMap(), result: [] };
      this.#lists.set(key, last);
    }
    const byItem = last.byItem;
    let reused = items.length === last.result.length;
    const result = items.map((item, i) => {
      let out = byItem.get(item) as R | undefined;
      if (out === undefined) {
        out = fn(item, ...args);
        byItem.set(item, out);
      }
      if (reused && out !== last.result[i]) reused = false;
      return out;
    });
    if (reused) return last.result as R[];
    last.result = result;
    return result;
  }
}
