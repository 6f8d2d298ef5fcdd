// The projector view (/s/CODE/projector): joined as a spectator, it runs the room on the big
// screen and has no controls. Before play: how to join (a QR code made here, the address and the
// code in letters) and the seats filling up. In play: phase and a clock readable from the back
// of the room, the chamber, the floor, the question and the gauges. Between rounds: a summary
// slide. At the end: the collective result. Everything is sized from the viewport (styles.css,
// body.projector) so nothing scrolls from 1024×768 to 3840×2160.
import { html, nothing } from "lit-html";
import { colon, formatDuration, setLocale, t } from "../i18n/index.ts";
import { connectionBanner } from "./connection-banner.ts";
import type { Ctx } from "./context.ts";
import { describeEvent } from "./describe.ts";
import { icon } from "./icons.ts";
import { escalationGauge, normsBoard } from "./norms-board.ts";
import { endSlide, roundSummary } from "./projector-slides.ts";
import { qrCode } from "./qr-code.ts";
import { emblem, seatLabel } from "./seats-panel.ts";
import { LOW_TIME_MS, remainingMs, roundLabel, stageLabel } from "./session-header.ts";
import { tallyLine } from "./tally.ts";
import { openQuestion } from "./vote-panel.ts";
import { chamber } from "./layouts.ts";

/** The projector has no language menu: it follows `?lang=` or the console's choice in this browser. */
export function followLocale(): void {
  const param = new URLSearchParams(location.search).get("lang");
  if (param === "en" || param === "fr") setLocale(param);
  window.addEventListener("storage", (e) => {
    if (e.key === "normcraft:locale" && (e.newValue === "en" || e.newValue === "fr")) setLocale(e.newValue);
  });
}

export function projectorLayout(ctx: Ctx) {
  const v = ctx.view;
  const stage = v.session.stage;
  const body = stage === "lobby" ? lobby(ctx) : stage === "ended" ? endSlide(ctx) : stage === "resolution" ? roundSummary(ctx) : inPlay(ctx);
  return html`<main id="main" class="projector-view ${ctx.link.status !== "connected" ? "stale" : ""}" data-view="projector" data-stage=${stage}>
    ${connectionBanner(ctx.link, Date.now())}
    ${header(ctx)}
    <div class="proj-body">${body}</div>
    ${ticker(ctx)}
  </main>`;
}

function header(ctx: Ctx) {
  const v = ctx.view;
  const left = remainingMs(v, ctx.now);
  const stale = ctx.link.status !== "connected";
  return html`<header class="proj-head">
    <h1>${v.session.forum}</h1>
    <div class="proj-phase">
      <p class="proj-round">${roundLabel(v)}</p>
      <p class="proj-stage" data-testid="stage">${stageLabel(v)}</p>
    </div>
    ${left === null
      ? html`<div></div>`
      : html`<div class="proj-clock ${left <= LOW_TIME_MS && !stale ? "low" : ""} ${stale ? "stale" : ""}" data-testid="countdown" role="timer" aria-label=${t("session.timer")}>
          ${v.session.paused ? html`<span class="paused">${icon("pause")} ${t("session.paused")}</span>` : nothing}
          ${stale ? html`<span class="paused" data-testid="clock-frozen">${t("link.frozen")}</span>` : nothing}
          <span class="proj-time">${formatDuration(left)}</span>
        </div>`}
  </header>`;
}

/** Before play: the way in, as large as the screen allows, and who has taken a seat. */
function lobby(ctx: Ctx) {
  const v = ctx.view;
  const url = ctx.room?.joinUrl ?? `${location.origin}/?code=${ctx.code}`;
  const address = url.replace(/^https?:\/\//, "").replace(/\/\?code=.*$/, "");
  const filled = v.seats.filter((s) => s.players.length > 0).length;
  return html`<section class="proj-card proj-join" aria-labelledby="proj-join-heading">
      <h2 id="proj-join-heading">${t("projector.joinHeading")}</h2>
      <div class="proj-qr" data-testid="join-qr" data-url=${url}>${qrCode(url, t("projector.qrLabel", { url }))}</div>
      <div class="proj-how">
        <p class="proj-host">${t("projector.openAddress")}</p>
        <p class="proj-address" data-testid="join-address">${address}</p>
        <p class="proj-host">${t("projector.enterCode")}</p>
        <p class="proj-code" data-testid="projector-code">${ctx.code}</p>
      </div>
    </section>
    <section class="proj-card proj-lobby-seats" aria-labelledby="proj-seats-heading">
      <h2 id="proj-seats-heading">${t("seats.heading")} <span class="proj-small" data-testid="seats-filled">${t("seats.summary", { filled, total: v.seats.length })}</span></h2>
      <ul class="proj-seats" style="--rows:${Math.ceil(v.seats.length / 2)}">
        ${v.seats.map((s) => html`<li class=${s.players.length > 0 || s.autopilot ? "taken" : "open"} data-seat=${s.id}>
          ${emblem(s)}<span class="proj-seat-name">${s.name}</span>
          <span class="proj-seat-who">${s.autopilot
            ? html`${icon("bot")} ${t("seats.bot")}`
            : s.players.length > 0
              ? s.players.filter((p) => !p.bot).map((p) => p.name).join(", ")
              : s.closed ? t("seats.closed") : t("seats.empty")}</span>
        </li>`)}
      </ul>
    </section>`;
}

function inPlay(ctx: Ctx) {
  const v = ctx.view;
  const f = v.negotiation.floor;
  const q = openQuestion(v);
  return html`<div class="proj-stage-area">${chamber(ctx, { hidden: true, className: "proj-chamber" })}</div>
    <aside class="proj-side">
      <section class="proj-card" aria-labelledby="proj-floor">
        <h2 id="proj-floor">${t("floor.heading")}</h2>
        <p class="proj-speaker" data-testid="speaker">${f.speaker
          ? html`${seatLabel(v, f.speaker.seat)} <span class="proj-small">${formatDuration(f.speaker.deadline - ctx.now)}</span>`
          : t("floor.nobody")}</p>
        ${f.queue.length > 0 ? html`<ol class="proj-queue">${f.queue.slice(0, 3).map((x) => html`<li>${seatLabel(v, x.seat)}</li>`)}</ol>` : nothing}
      </section>
      ${q
        ? html`<section class="proj-card" aria-labelledby="proj-vote">
            <h2 id="proj-vote">${t("vote.question")}${colon()}${q.id}</h2>
            <p class="proj-title">${q.amendment ? t("vote.amendmentTo", { amendment: q.amendment.id, proposal: q.proposal.id }) : q.proposal.title}</p>
            ${tallyLine(v, q.amendment ?? q.proposal, q.id)}
          </section>`
        : lastDecided(ctx)}
      ${escalationGauge(ctx)}${normsBoard(ctx, { max: 3 })}
    </aside>`;
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

function ticker(ctx: Ctx) {
  const v = ctx.view;
  const headlines = v.journal.filter((e) => e.audience.kind === "public" && HEADLINES.has(e.event.type)).slice(-4).reverse();
  return html`<footer class="ticker" aria-labelledby="ticker-heading">
    <h2 id="ticker-heading" class="visually-hidden">${t("projector.headlines")}</h2>
    <ol data-testid="ticker">${headlines.map((e) => html`<li>${describeEvent(v, e)}</li>`)}</ol>
  </footer>`;
}

const HEADLINES = new Set(["inject.fired", "truth.revealed", "practice.revealed", "evidence.published", "report.published", "pledge.made", "escalation.moved", "phase.changed", "proposal.tabled", "proposal.decided", "chair.broadcast", "message.posted", "norm.adopted", "cbm.established", "attribution.made", "poll.closed"]);
