// What a person was typing survives a lost connection, a rejoin and a reload: text fields are
// saved per session as they change and put back into an empty field when it is drawn again; a
// form's drafts go when it is sent (submitForm resets it). The scroll position is kept the same way.
const textual = (el: Element): el is HTMLInputElement | HTMLTextAreaElement =>
  el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && (el.type === "text" || el.type === "search"));

/** A field's key: its form's test id or id, and its name. Fields outside such a form are not kept. */
function keyOf(el: HTMLInputElement | HTMLTextAreaElement): string | null {
  const form = el.form ?? el.closest("form");
  const formKey = form?.dataset.testid ?? form?.id ?? el.closest("[data-draft]")?.getAttribute("data-draft");
  return formKey && el.name ? `${formKey}:${el.name}` : null;
}

export type Drafts = { restore(root: ParentNode): void; restoreScroll(): void };

export function keepDrafts(root: HTMLElement, code: string): Drafts {
  const storeKey = `normcraft:${code}:drafts`;
  const scrollKey = `normcraft:${code}:scroll`;
  const read = (): Record<string, string> => {
    try {
      return JSON.parse(sessionStorage.getItem(storeKey) ?? "{}") as Record<string, string>;
    } catch {
      return {};
    }
  };
  const write = (drafts: Record<string, string>) => sessionStorage.setItem(storeKey, JSON.stringify(drafts));
  root.addEventListener("input", (e) => {
    const el = e.target as Element;
    if (!textual(el) || !e.isTrusted) return;
    const key = keyOf(el);
    if (!key) return;
    const drafts = read();
    if (el.value === "") delete drafts[key];
    else drafts[key] = el.value;
    write(drafts);
  });
  root.addEventListener("reset", (e) => {
    const form = e.target as HTMLFormElement;
    const prefix = `${form.dataset.testid ?? form.id}:`;
    const drafts = read();
    for (const k of Object.keys(drafts)) if (k.startsWith(prefix)) delete drafts[k];
    write(drafts);
  });
  let scrollQueued = false;
  window.addEventListener("scroll", () => {
    if (scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      sessionStorage.setItem(scrollKey, String(Math.round(window.scrollY)));
    });
  });
  let scrollRestored = false;
  return {
    restore(node) {
      const drafts = read();
      for (const el of node.querySelectorAll("input, textarea")) {
        if (!textual(el) || el.value !== "" || el === document.activeElement) continue;
        const key = keyOf(el);
        const value = key ? drafts[key] : undefined;
        if (value === undefined) continue;
        el.value = value;
        el.dispatchEvent(new Event("input", { bubbles: true }));
      }
    },
    restoreScroll() {
      if (scrollRestored) return;
      scrollRestored = true;
      const y = Number(sessionStorage.getItem(scrollKey) ?? "0");
      if (y > 0) requestAnimationFrame(() => window.scrollTo(0, y));
    },
  };
}
