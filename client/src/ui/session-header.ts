// The header of every session page: forum, room code and tools; then a bar that stays on screen
// while the page scrolls, with the round and phase, the phase clock, the connection, the next
// thing to do and, when the connection is lost, the banner that says so.
import { html, nothing } from "lit-html";
import type { View } from "../../../shared/protocol/view.ts";
import { formatDuration, t, tk } from "../i18n/index.ts";
import type { ConnectionStatus } from "../net/connection.ts";
import { icon } from "./icons.ts";
import { languageSelect } from "./language-select.ts";
import { nextStep } from "./next-step.ts";

export const LOW_TIME_MS = 30_000;

export function remainingMs(view: View, now: number): number | null {
  const s = view.session;
  if (s.deadline === null) return null;
  // While paused the deadline is frozen: show the time that was left when the chair paused.
  const reference = view.negotiation.paused ? view.negotiation.paused.since : now;
  return Math.max(0, s.deadline - reference);
}

export function stageLabel(view: View): string {
  return tk(`stage.${view.session.stage}`, view.session.stage);
}

export function roundLabel(view: View): string {
  const s = view.session;
  return s.stage === "lobby" || s.stage === "ended" ? t("session.stage") : t("session.round", { round: s.round, rounds: s.rounds });
}

/** Moves to a panel's heading and gives it the focus (the header's "next" link, the section links). */
export function jumpTo(e: Event, id: string) {
  e.preventDefault();
  const heading = document.getElementById(id);
  if (!heading) return;
  heading.setAttribute("tabindex", "-1");
  heading.scrollIntoView({ block: "start" });
  heading.focus();
}

export function sessionHeader(view: View, opts: { code: string; status: ConnectionStatus; now: number; stale: boolean; links: boolean; banner: unknown }) {
  const s = view.session;
  const remaining = remainingMs(view, opts.now);
  const low = remaining !== null && remaining <= LOW_TIME_MS;
  const next = nextStep(view, opts.now);
  // The forum, the room code and the tools scroll away; the phase, the clock, the connection and
  // the next step stay on screen (compact enough for a phone).
  return html`<header class="session-header">
      <div class="forum">
        <h1>${s.forum}</h1>
        <p class="scenario-title">${s.title}</p>
      </div>
      <dl class="status room">
        <div><dt>${t("session.roomCode")}</dt><dd class="room-code" data-testid="room-code">${opts.code}</dd></div>
      </dl>
      <nav class="header-tools" aria-label=${t("session.tools")}>
        ${opts.links ? html`<a href=${`/s/${opts.code}/projector`} target="_blank" rel="noopener">${t("session.openProjector")}</a>` : nothing}
        ${languageSelect()}
      </nav>
    </header>
    <div class="status-bar" data-testid="status-bar">
      <dl class="status">
        <div><dt>${roundLabel(view)}</dt><dd data-testid="stage">${stageLabel(view)}</dd></div>
        ${remaining !== null
          ? html`<div class="timer ${low ? "low" : ""} ${opts.stale ? "stale" : ""}">
              <dt>${t("session.timer")}</dt>
              <dd data-testid="timer">${t("session.remaining", { time: formatDuration(remaining) })}${low && !opts.stale ? html` <span class="badge warn">${t("session.lowTime")}</span>` : nothing}${opts.stale
                ? html` <span class="badge" data-testid="timer-frozen">${t("link.frozen")}</span>`
                : nothing}</dd>
            </div>`
          : nothing}
        ${s.paused ? html`<div><dt>${t("session.clock")}</dt><dd class="badge warn" data-testid="paused">${icon("pause")} ${t("session.paused")}</dd></div>` : nothing}
        <div><dt>${t("session.connection")}</dt><dd class="connection ${opts.status}" data-testid="connection">${t(`session.connection.${opts.status}`)}</dd></div>
        ${s.facilitatorConnected ? nothing : html`<div><dt>${t("chair.name")}</dt><dd class="badge warn">${t("session.chairAway")}</dd></div>`}
      </dl>
      ${next
        ? html`<p class="next-step" data-testid="next-step"><strong>${t("next.label")}</strong> ${next.target
            ? html`<a href=${`#${next.target}`} @click=${(e: Event) => jumpTo(e, next.target ?? "")}>${next.text}</a>`
            : next.text}</p>`
        : nothing}
      ${opts.banner}
    </div>`;
}
