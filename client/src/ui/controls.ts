// Buttons that follow the server's permissions: enabled when the view says the action is
// allowed, otherwise disabled with the server's reason beside them. The client decides nothing.
import { html, nothing, type TemplateResult } from "lit-html";
import type { Permission } from "../../../shared/protocol/view.ts";
import { errorText, t } from "../i18n/index.ts";
import { announce } from "./announcer.ts";
import { overLimit } from "./text-limit.ts";

let uid = 0;

/** Whether a permission concerns this viewer at all (a delegate has no use for the chair's reasons). */
export const relevant = (p: Permission) => p.ok || p.code !== "role/not-allowed";

export function reasonOf(p: Permission): string {
  return p.ok ? "" : errorText(p.code, p.message);
}

export function actButton(
  label: string | TemplateResult,
  p: Permission,
  onClick: () => void,
  opts: { testid?: string; primary?: boolean; showReason?: boolean; className?: string } = {},
): TemplateResult | typeof nothing {
  if (!relevant(p)) return nothing;
  const id = `reason-${++uid}`;
  const cls = `${opts.primary ? "primary" : ""} ${opts.className ?? ""}`.trim();
  return html`<span class="act">
    <button type="button" class=${cls} data-testid=${opts.testid ?? nothing} ?disabled=${!p.ok} aria-describedby=${p.ok ? nothing : id} @click=${onClick}>${label}</button>
    ${!p.ok && opts.showReason !== false ? html`<span class="reason" id=${id}>${reasonOf(p)}</span>` : nothing}
  </span>`;
}

/** Reads a form's fields as strings and, unless told otherwise (settings forms), clears it after a successful submit. */
export function submitForm(handler: (data: (name: string) => string) => Promise<boolean>, opts: { reset?: boolean } = {}) {
  return async (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    // Never send a text cut short, and never cut it: a field past its limit keeps the form here.
    const tooLong = overLimit(form);
    if (tooLong) {
      announce(t("limit.refused", { field: tooLong.closest(".limited")?.querySelector("label")?.textContent ?? "" }), "assertive");
      return;
    }
    const data = new FormData(form);
    const ok = await handler((name) => String(data.get(name) ?? "").trim());
    if (ok && opts.reset !== false) form.reset();
  };
}
