// Text fields with a limit show how much room is left, say clearly when the limit is reached or
// passed, and are never cut short: a pasted text longer than the limit stays whole (no maxlength)
// and the form refuses to send it, naming the field and the excess, until it is shortened.
import { html, type TemplateResult } from "lit-html";
import { formatNumber, onLocaleChange, t } from "../i18n/index.ts";

let uid = 0;

/** A labelled textarea or text input with a live counter. */
export function limitedField(opts: { label: string; name: string; limit: number; rows?: number; required?: boolean; testid?: string; className?: string; value?: string }): TemplateResult {
  const id = `field-${opts.name}-${++uid}`;
  const counter = `${id}-count`;
  const field = opts.rows && opts.value !== undefined
    ? html`<textarea id=${id} name=${opts.name} rows=${opts.rows} data-limit=${opts.limit} aria-describedby=${counter} ?required=${opts.required ?? false} data-testid=${opts.testid ?? `${opts.name}-field`} .value=${opts.value}></textarea>`
    : opts.rows
    ? html`<textarea id=${id} name=${opts.name} rows=${opts.rows} data-limit=${opts.limit} aria-describedby=${counter} ?required=${opts.required ?? false} data-testid=${opts.testid ?? `${opts.name}-field`}></textarea>`
    : html`<input id=${id} name=${opts.name} data-limit=${opts.limit} aria-describedby=${counter} ?required=${opts.required ?? false} data-testid=${opts.testid ?? `${opts.name}-field`} />`;
  return html`<div class="limited ${opts.className ?? ""}">
    <label for=${id}>${opts.label}</label>
    ${field}
    <text-counter id=${counter} for=${id} class="counter" data-testid=${`${opts.testid ?? `${opts.name}-field`}-count`}></text-counter>
  </div>`;
}

/** What the counter says for `length` characters out of `limit`. */
export function counterText(length: number, limit: number): { text: string; state: "ok" | "near" | "full" | "over" } {
  if (length > limit) return { text: t("limit.over", { over: formatNumber(length - limit), limit: formatNumber(limit) }), state: "over" };
  if (length === limit) return { text: t("limit.full", { limit: formatNumber(limit) }), state: "full" };
  const left = limit - length;
  return { text: t("limit.left", { count: formatNumber(length), limit: formatNumber(limit) }), state: left <= limit * 0.1 ? "near" : "ok" };
}

/** The first field of a form over its limit, marked invalid and focused, or null when all fit. */
export function overLimit(form: HTMLFormElement): HTMLElement | null {
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[data-limit]")) {
    if (el.value.length > Number(el.dataset.limit)) {
      el.setAttribute("aria-invalid", "true");
      el.focus();
      el.closest(".limited")?.classList.add("refused");
      return el;
    }
  }
  return null;
}

class TextCounter extends HTMLElement {
  #field: HTMLInputElement | HTMLTextAreaElement | null = null;
  #said = "";
  #offLocale: (() => void) | null = null;
  #form: HTMLFormElement | null = null;
  readonly #update = () => this.update();
  // A form's reset empties its fields after the event: count again once it has.
  readonly #reset = () => setTimeout(this.#update, 0);

  connectedCallback() {
    this.#offLocale = onLocaleChange(this.#update);
    this.#field = document.getElementById(this.getAttribute("for") ?? "") as HTMLInputElement | HTMLTextAreaElement | null;
    this.#field?.addEventListener("input", this.#update);
    this.#form = this.#field?.form ?? null;
    this.#form?.addEventListener("reset", this.#reset);
    this.update();
  }

  disconnectedCallback() {
    this.#field?.removeEventListener("input", this.#update);
    this.#form?.removeEventListener("reset", this.#reset);
    this.#offLocale?.();
  }

  update() {
    const field = this.#field;
    if (!field) return;
    const { text, state } = counterText(field.value.length, Number(field.dataset.limit));
    this.dataset.state = state;
    field.setAttribute("aria-invalid", state === "over" ? "true" : "false");
    if (state !== "over") field.closest(".limited")?.classList.remove("refused");
    // Screen readers hear the counter only when it matters (near, at or past the limit).
    this.setAttribute("aria-live", state === "ok" ? "off" : "polite");
    if (text !== this.#said) {
      this.#said = text;
      this.textContent = text;
    }
  }
}

if (!customElements.get("text-counter")) customElements.define("text-counter", TextCounter);
