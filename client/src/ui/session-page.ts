// The session page for every role: connects, keeps page-only state, announces what changes,
// and renders the header plus the layout for the viewer's role (desk, console, spectator, projector).
import { html, nothing, render } from "lit-html";
import type { IntentAction } from "../../../shared/protocol/actions.ts";
import { parseJoinRefusal } from "../../../shared/protocol/join-refusal.ts";
import type { View } from "../../../shared/protocol/view.ts";
import { errorText, formatDuration, onLocaleChange, t } from "../i18n/index.ts";
import { lookupSession } from "../net/api.ts";
import { Connection } from "../net/connection.ts";
import { credentials } from "../net/credentials.ts";
import { mountChamber, type Chamber } from "../scenes/mount.ts";
import { announce } from "./announcer.ts";
import { describeChamber } from "./chamber-text.ts";
import type { Ctx, UiState } from "./context.ts";
import { mySeatOf } from "./context.ts";
import { drawDebriefCharts } from "./debrief-panel.ts";
import { describeEvent } from "./describe.ts";
import { languageSelect } from "./language-select.ts";
import { consoleLayout, deskLayout, spectatorLayout } from "./layouts.ts";
import { projectorLayout } from "./projector-page.ts";
import { remainingMs, sessionHeader } from "./session-header.ts";
import { isAnnounced } from "./announce-policy.ts";

export type SessionMode = "auto" | "watch" | "projector";
type PageState = { error: string; lastSeq: number; stage: string; warned: number | null };

export async function showSession(root: HTMLElement, code: string, mode: SessionMode, go: (path: string) => void): Promise<void> {
  const conn = await connect(root, code, mode, go);
  if (!conn) return;
  const page: PageState = { error: "", lastSeq: 0, stage: "", warned: null };
  const ui: UiState = { backChannelTo: "", channel: "public", amending: null };
  let chamber: Chamber | null = null;
  document.body.classList.toggle("projector", mode === "projector");

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
    const now = Date.now() + conn.clockOffset;
    const ctx: Ctx = { view: v, act, now, mySeat: mySeatOf(v), code, ui, redraw: draw };
    render(pageView(ctx, code, conn, page, mode), root);
    const container = document.getElementById("chamber");
    if (container && chamber?.container !== container) {
      chamber?.destroy();
      chamber = mountChamber(container, { large: mode === "projector" });
    }
    chamber?.update(v, now);
    container?.setAttribute("aria-label", describeChamber(v));
    if (v.session.stage === "ended") void drawDebriefCharts(v);
  };

  conn.onChange(() => {
    const v = conn.view;
    if (conn.welcome?.token) credentials.saveSeatToken(code, conn.welcome.token);
    if (v) announceChanges(v, page, mode);
    draw();
  });
  onLocaleChange(draw);
  // The clock: redraw every second, and warn once when the phase is about to run out.
  setInterval(() => {
    const v = conn.view;
    if (v) {
      const left = remainingMs(v, Date.now() + conn.clockOffset);
      for (const mark of [30_000, 10_000]) {
        if (left !== null && left <= mark && left > mark - 1500 && page.warned !== mark && !v.session.paused) {
          page.warned = mark;
          announce(t("announce.lowTime", { time: formatDuration(left) }), "assertive");
        }
      }
    }
    draw();
  }, 1000);
  draw();
}

function announceChanges(v: View, page: PageState, mode: SessionMode) {
  const fresh = v.journal.filter((e) => e.seq > page.lastSeq);
  if (page.lastSeq > 0 && mode !== "projector") for (const e of fresh) if (isAnnounced(e.event.type)) announce(describeEvent(v, e));
  page.lastSeq = Math.max(page.lastSeq, ...v.journal.map((e) => e.seq));
  const stage = `${v.session.round}:${v.session.stage}`;
  if (page.stage !== stage) {
    page.stage = stage;
    page.warned = null;
  }
}

function pageView(ctx: Ctx, code: string, conn: Connection, page: PageState, mode: SessionMode) {
  const v = ctx.view;
  if (mode === "projector") return projectorLayout(ctx, code);
  const layout = v.me.kind === "facilitator" ? consoleLayout(ctx) : v.me.kind === "player" ? deskLayout(ctx) : spectatorLayout(ctx);
  return html`
    ${sessionHeader(v, { code, status: conn.status, now: ctx.now, links: v.me.kind === "facilitator" })}
    <main id="main" class="session ${v.me.kind}" data-view=${v.me.kind === "facilitator" ? "console" : v.me.kind === "player" ? "desk" : "spectator"}>
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

async function connect(root: HTMLElement, code: string, mode: SessionMode, go: (path: string) => void): Promise<Connection | null> {
  const key = credentials.facilitatorKey(code);
  const token = credentials.seatToken(code);
  const name = sessionStorage.getItem(`normcraft:${code}:name`);
  const passcode = sessionStorage.getItem(`normcraft:${code}:passcode`) ?? undefined;
  try {
    // The look-up reopens a session whose room closed while nobody was connected.
    const found = await lookupSession(code);
    if (!found.ok) throw Object.assign(new Error(found.error.message), { code: found.error.code });
    if (mode !== "auto") return await Connection.join(code, passcode ? { as: "spectator", passcode } : { as: "spectator" });
    if (key) return await Connection.join(code, { as: "facilitator", key });
    if (token) {
      try {
        return await Connection.join(code, { as: "returning", token });
      } catch {
        credentials.forgetSeatToken(code);
      }
    }
    if (name) return await Connection.join(code, passcode ? { as: "player", name, passcode } : { as: "player", name });
    go(`/?code=${encodeURIComponent(code)}`);
    return null;
  } catch (error) {
    const refusal = joinFailure(error);
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
    return null;
  }
}

/** Why joining failed: a look-up error carries its code; a refused join carries "code: sentence" in its message. */
function joinFailure(error: unknown): { code: string | null; message: string } {
  const e = error as { code?: unknown; message?: unknown };
  const message = typeof e?.message === "string" ? e.message : String(error);
  if (typeof e?.code === "string") return { code: e.code, message };
  return parseJoinRefusal(message);
}
