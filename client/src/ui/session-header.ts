// The header of every session page: forum, round and phase, the phase clock, connection, room code.
import { html, nothing } from "lit-html";
import type { View } from "../../../shared/protocol/view.ts";
import { formatDuration, t, tk } from "../i18n/index.ts";
import type { ConnectionStatus } from "../net/connection.ts";
import { languageSelect } from "./language-select.ts";

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

export function sessionHeader(view: View, opts: { code: string; status: ConnectionStatus; now: number; links: boolean }) {
  const s = view.session;
  const remaining = remainingMs(view, opts.now);
  const low = remaining !== null && remaining <= LOW_TIME_MS;
  return html`<header class="session-header">
    <div class="forum">
      <h1>${s.forum}</h1>
      <p class="scenario-title">${s.title}</p>
    </div>
    <dl class="status">
      <div><dt>${t("session.roomCode")}</dt><dd class="room-code" data-testid="room-code">${opts.code}</dd></div>
      <div><dt>${roundLabel(view)}</dt><dd data-testid="stage">${stageLabel(view)}</dd></div>
      ${remaining !== null
        ? html`<div class=${low ? "timer low" : "timer"}>
            <dt>${t("session.timer")}</dt>
            <dd data-testid="timer">${t("session.remaining", { time: formatDuration(remaining) })}${low ? html` <span class="badge warn">${t("session.lowTime")}</span>` : nothing}</dd>
          </div>`
        : nothing}
      ${s.paused ? html`<div><dt>${t("session.clock")}</dt><dd class="badge warn" data-testid="paused">⏸ ${t("session.paused")}</dd></div>` : nothing}
      <div><dt>${t("session.connection")}</dt><dd class="connection ${opts.status}" data-testid="connection">${t(`session.connection.${opts.status}`)}
        ${opts.status === "closed" ? html`<button type="button" @click=${() => location.reload()}>${t("session.rejoin")}</button>` : nothing}</dd></div>
      ${s.facilitatorConnected ? nothing : html`<div><dt>${t("chair.name")}</dt><dd class="badge warn">${t("session.chairAway")}</dd></div>`}
    </dl>
    <nav class="header-tools" aria-label=${t("session.tools")}>
      ${opts.links ? html`<a href=${`/s/${opts.code}/projector`} target="_blank" rel="noopener">${t("session.openProjector")}</a>` : nothing}
      ${languageSelect()}
    </nav>
  </header>`;
}
