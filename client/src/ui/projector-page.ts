// The projector view (/s/CODE/projector): joined as a spectator and readable from the back of
// a room at 1920×1080 — phase and a big countdown, the chamber, the speaker and the queue, the
// live tally, and a ticker of public headlines.
import { html, nothing } from "lit-html";
import { colon, formatDuration, t } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { describeEvent } from "./describe.ts";
import { languageSelect } from "./language-select.ts";
import { seatLabel } from "./seats-panel.ts";
import { LOW_TIME_MS, remainingMs, roundLabel, stageLabel } from "./session-header.ts";
import { tallyLine } from "./tally.ts";
import { openQuestion } from "./vote-panel.ts";
import { debriefPanel } from "./debrief-panel.ts";
import { escalationGauge, normsBoard } from "./norms-board.ts";

export function projectorLayout(ctx: Ctx, code: string) {
  const v = ctx.view;
  const left = remainingMs(v, ctx.now);
  const f = v.negotiation.floor;
  const q = openQuestion(v);
  const headlines = v.journal.filter((e) => e.audience.kind === "public" && HEADLINES.has(e.event.type)).slice(-6).reverse();
  return html`<main id="main" class="projector-view" data-view="projector">
    <header class="proj-head">
      <div>
        <h1>${v.session.forum}</h1>
        <p class="proj-join">${t("projector.join", { host: location.host, code })}</p>
      </div>
      <div class="proj-phase">
        <p class="proj-round">${roundLabel(v)}</p>
        <p class="proj-stage" data-testid="stage">${stageLabel(v)}</p>
      </div>
      ${left === null
        ? html`<div></div>`
        : html`<div class="proj-clock ${left <= LOW_TIME_MS ? "low" : ""}" data-testid="countdown" role="timer" aria-label=${t("session.timer")}>
            ${v.session.paused ? html`<span class="paused">⏸ ${t("session.paused")}</span>` : nothing}
            ${formatDuration(left)}
          </div>`}
      ${languageSelect()}
    </header>
    ${v.session.stage === "ended" ? debriefPanel(ctx) : nothing}
    <div class="proj-body">
      <div id="chamber" class="chamber" role="img" aria-label=${t("chamber.loading")}></div>
      <aside class="proj-side">
        ${v.session.stage === "lobby" ? lobbyCard(ctx, code) : nothing}
        <section class="proj-card" aria-labelledby="proj-floor" ?hidden=${v.session.stage === "lobby"}>
          <h2 id="proj-floor">${t("floor.heading")}</h2>
          <p class="proj-speaker" data-testid="speaker">${f.speaker
            ? html`${seatLabel(v, f.speaker.seat)} <span class="proj-small">${formatDuration(f.speaker.deadline - ctx.now)}</span>`
            : t("floor.nobody")}</p>
          ${f.queue.length > 0 ? html`<ol class="proj-queue">${f.queue.slice(0, 5).map((x) => html`<li>${seatLabel(v, x.seat)}</li>`)}</ol>` : nothing}
        </section>
        ${q
          ? html`<section class="proj-card" aria-labelledby="proj-vote">
              <h2 id="proj-vote">${t("vote.question")}${colon()}${q.id}</h2>
              <p class="proj-title">${q.amendment ? t("vote.amendmentTo", { amendment: q.amendment.id, proposal: q.proposal.id }) : q.proposal.title}</p>
              ${tallyLine(v, q.amendment ?? q.proposal, q.id)}
            </section>`
          : lastDecided(ctx)}
        ${v.session.stage === "lobby" ? nothing : html`${escalationGauge(ctx)}${normsBoard(ctx)}`}
      </aside>
    </div>
    <footer class="ticker" aria-labelledby="ticker-heading">
      <h2 id="ticker-heading" class="visually-hidden">${t("projector.headlines")}</h2>
      <ol data-testid="ticker">${headlines.map((e) => html`<li>${describeEvent(v, e)}</li>`)}</ol>
    </footer>
  </main>`;
}

/** Before play: how to join, in letters big enough for the back row, and who has taken a seat. */
function lobbyCard(ctx: Ctx, code: string) {
  const v = ctx.view;
  return html`<section class="proj-card proj-lobby" aria-labelledby="proj-join">
    <h2 id="proj-join">${t("projector.joinHeading")}</h2>
    <p class="proj-host">${location.host}</p>
    <p class="proj-code" data-testid="projector-code">${code}</p>
    <ul class="proj-seats">
      ${v.seats.map((s) => html`<li>${seatLabel(v, s.id)} — ${s.players.length > 0 ? s.players.map((p) => p.name).join(", ") : html`<em>${t("seats.empty")}</em>`}</li>`)}
    </ul>
  </section>`;
}

function lastDecided(ctx: Ctx) {
  const v = ctx.view;
  const p = [...v.proposals].reverse().find((x) => x.tally !== null);
  if (!p) return nothing;
  return html`<section class="proj-card" aria-labelledby="proj-last">
    <h2 id="proj-last">${t("projector.lastVote")}${colon()}${p.id}</h2>
    <p class="proj-title">${p.title}</p>
    ${tallyLine(v, p, p.id)}
  </section>`;
}

const HEADLINES = new Set(["inject.fired", "truth.revealed", "practice.revealed", "evidence.published", "report.published", "pledge.made", "escalation.moved", "phase.changed", "proposal.tabled", "proposal.decided", "chair.broadcast", "message.posted", "norm.adopted", "cbm.established", "attribution.made", "poll.closed"]);
