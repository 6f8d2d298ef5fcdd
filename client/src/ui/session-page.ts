// The session page for every role: connects, keeps page-only state, announces what changes,
// and renders the header plus the layout for the viewer's role (desk, console, spectator,
// projector). The connection heals itself; meanwhile the page keeps showing the last view with
// its clocks stopped, keeps what people type, and says what is happening.
import { html, nothing, render } from "lit-html";
import type { IntentAction } from "../../../shared/protocol/actions.ts";
import { parseJoinRefusal } from "../../../shared/protocol/join-refusal.ts";
import type { View } from "../../../shared/protocol/view.ts";
import { errorText, formatDuration, onLocaleChange, t } from "../i18n/index.ts";
import { lookupSession, type SessionSummary } from "../net/api.ts";
import { Connection, type JoinAs } from "../net/connection.ts";
import { credentials } from "../net/credentials.ts";
import { retryDelay } from "../net/retry.ts";
import { chamberModel } from "../scenes/chamber-model.ts";
import { mountChamber, reducedMotion, type Chamber } from "../scenes/mount.ts";
import { announce } from "./announcer.ts";
import { isAnnounced } from "./announce-policy.ts";
import { connectionBanner, shouldWarn } from "./connection-banner.ts";
import type { Ctx, Link, UiState } from "./context.ts";
import { mySeatOf } from "./context.ts";
import { drawDebriefCharts } from "./debrief-panel.ts";
import { describeEvent } from "./describe.ts";
import { keepDrafts } from "./drafts.ts";
import { languageSelect } from "./language-select.ts";
import { consoleLayout, deskLayout, spectatorLayout } from "./layouts.ts";
import { followLocale, projectorLayout } from "./projector-page.ts";
import { remainingMs, sessionHeader } from "./session-header.ts";
import { soundCue } from "./sound-cue.ts";

export type SessionMode = "auto" | "watch" | "projector";
type PageState = { error: string; lastSeq: number; stage: string; warned: number | null; warnedLink: boolean };

export async function showSession(root: HTMLElement, code: string, mode: SessionMode, go: (path: string) => void): Promise<void> {
  document.body.classList.toggle("projector", mode === "projector");
  if (mode === "projector") followLocale();
  const joined = await connect(root, code, mode, go);
  if (!joined) return;
  const { conn, summary } = joined;
  const page: PageState = { error: "", lastSeq: 0, stage: "", warned: null, warnedLink: false };
  const ui: UiState = { backChannelTo: "", channel: "public", amending: null };
  const drafts = keepDrafts(root, code);
  const cue = mode === "projector" ? soundCue(code) : null;
  let chamber: Chamber | null = null;

  const act = async (action: IntentAction) => {
    const result = await conn.act(action);
    page.error = result.ok ? "" : errorText(result.code, result.message);
    draw();
    if (!result.ok) announce(page.error, "assertive");
    return result.ok;
  };

  const draw = () => {
    const v = conn.view;
    if (!v) return;
    // Clocks stop where the connection was lost: a countdown that runs on without the server would lie.
    const now = (conn.lostAt ?? Date.now()) + conn.clockOffset;
    const link: Link = { status: conn.status, lostAt: conn.lostAt, attempts: conn.attempts, queued: conn.queued, closedReason: conn.closedReason };
    const model = chamberModel(v, now, { reducedMotion: reducedMotion() });
    const ctx: Ctx = { view: v, act, now, mySeat: mySeatOf(v), code, ui, redraw: draw, link, room: summary, chamber: model };
    render(pageView(ctx, conn, page, mode), root);
    drafts.restore(root);
    const container = document.getElementById("chamber");
    if (container && chamber?.container !== container) {
      chamber?.destroy();
      chamber = mountChamber(container);
    }
    if (container) chamber?.update(model);
    if (v.session.stage === "ended") void drawDebriefCharts(v);
  };

  conn.onChange(() => {
    const v = conn.view;
    if (conn.welcome?.token) credentials.saveSeatToken(code, conn.welcome.token);
    if (v) announceChanges(v, page, mode, cue);
    announceLink(conn, page);
    draw();
    drafts.restoreScroll();
  });
  onLocaleChange(draw);
  // The clock: redraw every second, and warn once when the phase is about to run out.
  setInterval(() => {
    const v = conn.view;
    if (v && conn.status === "connected") {
      const left = remainingMs(v, Date.now() + conn.clockOffset);
      for (const mark of [30_000, 10_000]) {
        if (left !== null && left <= mark && left > mark - 1500 && page.warned !== mark && !v.session.paused) {
          page.warned = mark;
          announce(t("announce.lowTime", { time: formatDuration(left) }), "assertive");
        }
      }
    }
    announceLink(conn, page);
    draw();
  }, 1000);
  draw();
  drafts.restoreScroll();
}

/** Says once that the connection is lost (after the banner's grace period), and once that it is back. */
function announceLink(conn: Connection, page: PageState) {
  const warn = shouldWarn(conn.status, conn.lostAt, Date.now());
  if (warn && !page.warnedLink) {
    page.warnedLink = true;
    announce(t("link.lostShort"), "assertive");
  } else if (!warn && page.warnedLink && conn.status === "connected") {
    page.warnedLink = false;
    announce(t("link.restored"), "polite");
  }
}

function announceChanges(v: View, page: PageState, mode: SessionMode, cue: { play(): void } | null) {
  const fresh = v.journal.filter((e) => e.seq > page.lastSeq);
  if (page.lastSeq > 0 && mode !== "projector") for (const e of fresh) if (isAnnounced(e.event.type)) announce(describeEvent(v, e));
  page.lastSeq = Math.max(page.lastSeq, ...v.journal.map((e) => e.seq));
  const stage = `${v.session.round}:${v.session.stage}`;
  if (page.stage !== stage) {
    // A phase ended: the projector's optional sound cue (never on the first view of the page).
    if (page.stage !== "") cue?.play();
    page.stage = stage;
    page.warned = null;
  }
}

function pageView(ctx: Ctx, conn: Connection, page: PageState, mode: SessionMode) {
  const v = ctx.view;
  if (mode === "projector") return projectorLayout(ctx);
  const layout = v.me.kind === "facilitator" ? consoleLayout(ctx) : v.me.kind === "player" ? deskLayout(ctx) : spectatorLayout(ctx);
  const stale = conn.status !== "connected";
  return html`
    ${sessionHeader(v, { code: ctx.code, status: conn.status, now: ctx.now, stale, links: v.me.kind === "facilitator", banner: connectionBanner(ctx.link, Date.now()) })}
    <main id="main" class="session ${v.me.kind} ${stale ? "stale" : ""}" data-view=${v.me.kind === "facilitator" ? "console" : v.me.kind === "player" ? "desk" : "spectator"}>
      <h2 class="you" data-testid="you">${youAre(v)}</h2>
      ${page.error ? html`<p class="error" role="alert" data-testid="error">${page.error}</p>` : nothing}
      ${layout}
    </main>
  `;
}

function youAre(v: View): string {
  const me = v.me;
  if (me.kind === "facilitator") return t("session.you.facilitator");
  if (me.kind === "spectator") return t("session.you.spectator");
  if (!me.seat) return t("session.you.unseated", { name: me.name });
  const seat = v.seats.find((s) => s.id === me.seat)?.name ?? me.seat;
  return t(me.isHead ? "session.you.head" : "session.you.seated", { name: me.name, seat });
}

type Joined = { conn: Connection; summary: SessionSummary | null };

/**
 * Joins as whoever this browser is for the session (facilitator key, seat token, the name just
 * typed, or a spectator). A server that cannot be reached is tried again by itself; a refusal
 * with a reason is shown (a wrong passcode back on the join form, the name kept).
 */
async function connect(root: HTMLElement, code: string, mode: SessionMode, go: (path: string) => void): Promise<Joined | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await joinOnce(code, mode, go);
    } catch (error) {
      const refusal = joinFailure(error);
      if (refusal.code === "join/wrong-passcode") {
        sessionStorage.removeItem(`normcraft:${code}:passcode`);
        go(`/?code=${encodeURIComponent(code)}&refused=wrong-passcode${mode === "auto" ? "" : `&as=${mode}`}`);
        return null;
      }
      if (refusal.code !== null && refusal.code !== "network/unreachable") {
        showRefusal(root, refusal, go);
        return null;
      }
      render(html`<main id="main" class="landing"><section class="card"><h1>${t("app.title")}</h1>
        <p role="status" data-testid="unreachable">${t("link.unreachable", { attempt: attempt + 1 })}</p></section></main>`, root);
      await new Promise((r) => setTimeout(r, retryDelay(attempt, Math.random())));
    }
  }
}

async function joinOnce(code: string, mode: SessionMode, go: (path: string) => void): Promise<Joined | null> {
  const key = credentials.facilitatorKey(code);
  const token = credentials.seatToken(code);
  const name = sessionStorage.getItem(`normcraft:${code}:name`);
  const passcode = sessionStorage.getItem(`normcraft:${code}:passcode`) ?? undefined;
  // The look-up reopens a session whose room closed while nobody was connected.
  const found = await lookupSession(code);
  if (!found.ok) throw Object.assign(new Error(found.error.message), { code: found.error.code });
  const summary = found.value;
  const join = async (as: JoinAs): Promise<Joined> => ({ conn: await Connection.join(code, as), summary });
  if (mode !== "auto") return join(passcode ? { as: "spectator", passcode } : { as: "spectator" });
  if (key) return join({ as: "facilitator", key });
  if (token) {
    try {
      return await join({ as: "returning", token });
    } catch (error) {
      const refusal = joinFailure(error);
      if (refusal.code === null) throw error;
      credentials.forgetSeatToken(code);
    }
  }
  if (name) return join(passcode ? { as: "player", name, passcode } : { as: "player", name });
  go(`/?code=${encodeURIComponent(code)}`);
  return null;
}

function showRefusal(root: HTMLElement, refusal: { code: string | null; message: string }, go: (path: string) => void) {
  const draw = () => render(
    html`<header class="masthead"><p class="app-name">${t("app.title")}</p>${languageSelect()}</header>
      <main id="main" class="landing"><section class="card"><h1>${t("error.joinHeading")}</h1>
      <p class="error" role="alert" data-testid="join-refused">${refusal.code ? errorText(refusal.code, refusal.message) : t("error.generic", { message: refusal.message })}</p>
      <button type="button" @click=${() => go("/")}>${t("error.back")}</button></section></main>`,
    root,
  );
  onLocaleChange(() => {
    if (!root.querySelector('[data-testid="join-refused"]')) return;
    draw();
  });
  draw();
}

/** Why joining failed: a look-up error carries its code; a refused join carries "code: sentence" in its message. */
function joinFailure(error: unknown): { code: string | null; message: string } {
  const e = error as { code?: unknown; message?: unknown };
  const message = typeof e?.message === "string" ? e.message : String(error);
  if (typeof e?.code === "string") return { code: e.code, message };
  return parseJoinRefusal(message);
}
