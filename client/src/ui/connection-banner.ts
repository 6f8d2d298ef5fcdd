// The connection's state for people: nothing while all is well or for the first seconds of a
// blip (the SDK usually resumes within a second), then a banner that says the page is
// reconnecting by itself, what waits to be sent, and that typed text is kept; if the session
// ended for this page (removed, key no longer valid), why, and a way out.
import { html, nothing } from "lit-html";
import { errorText, t } from "../i18n/index.ts";
import type { ConnectionStatus } from "../net/connection.ts";
import type { Link } from "./context.ts";
import { icon } from "./icons.ts";

/** Seconds of a lost connection before the banner shows. */
export const BANNER_GRACE_MS = 2500;

export function shouldWarn(status: ConnectionStatus, lostAt: number | null, now: number): boolean {
  if (status === "closed") return true;
  return status === "reconnecting" && lostAt !== null && now - lostAt >= BANNER_GRACE_MS;
}

export function connectionBanner(link: Link, now: number) {
  if (!shouldWarn(link.status, link.lostAt, now)) return nothing;
  if (link.status === "closed") {
    const reason = link.closedReason;
    const why = reason?.code ? errorText(reason.code, reason.message) : reason?.message || t("session.connection.closed");
    return html`<div class="conn-banner closed" role="alert" data-testid="connection-banner">
      ${icon("plug")} <span>${t("link.closed", { reason: why })}</span>
      <button type="button" @click=${() => location.reload()}>${t("link.reload")}</button>
    </div>`;
  }
  return html`<div class="conn-banner" data-testid="connection-banner">
    ${icon("plug")} <span>${t("link.lost", { attempt: Math.max(1, link.attempts) })}</span>
    ${link.queued > 0 ? html`<strong data-testid="queued">${t("link.queued", { count: link.queued })}</strong>` : nothing}
  </div>`;
}
