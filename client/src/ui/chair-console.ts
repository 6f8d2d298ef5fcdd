// The facilitator's controls for running the session: start, phases, pause, time, the end,
// procedure, the speakers list, broadcasts and straw polls. Each follows view.can.
import { html, nothing } from "lit-html";
import { LIMITS } from "../../../shared/protocol/limits.ts";
import { t } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { actButton, reasonOf, relevant, submitForm } from "./controls.ts";
import { seatName } from "./describe.ts";
import { confirmDialog } from "./confirm-dialog.ts";
import { icon } from "./icons.ts";
import { limitedField } from "./text-limit.ts";
import { credentials } from "../net/credentials.ts";

export function chairConsole(ctx: Ctx) {
  const v = ctx.view;
  const c = v.can;
  const lobby = v.session.stage === "lobby";
  return html`<section class="card chair" aria-labelledby="chair-heading" data-testid="chair-console">
    <h2 id="chair-heading">${t("chair.heading")}</h2>
    <div class="row">
      ${lobby
        ? actButton(t("chair.start"), c.start, () => void start(ctx), { testid: "start", primary: true })
        : actButton(t("chair.advance"), c.advance, () => ctx.act({ type: "phase.advance" }), { testid: "advance", primary: true })}
      ${v.session.paused
        ? actButton(t("chair.resume"), c.resume, () => ctx.act({ type: "session.resume" }), { testid: "resume" })
        : lobby ? nothing : actButton(t("chair.pause"), c.pause, () => ctx.act({ type: "session.pause" }), { testid: "pause", showReason: false })}
      ${lobby ? nothing : actButton(t("chair.extend", { minutes: 1 }), c.extend, () => ctx.act({ type: "phase.extend", seconds: 60 }), { testid: "extend", showReason: false })}
    </div>

    ${lobby ? fillBotsChoice(ctx) : nothing}
    ${lobby || !c.configure.ok ? procedureForm(ctx) : nothing}

    ${lobby ? nothing : floorControls(ctx)}

    <h3>${t("chair.broadcast")}</h3>
    ${c.chair.ok
      ? html`<form class="inline-form" data-testid="broadcast-form" @submit=${submitForm((get) => ctx.act({ type: "chair.broadcast", text: get("text") }))}>
          ${limitedField({ label: t("chair.broadcastText"), name: "text", limit: LIMITS.messageText, required: true, testid: "broadcast-text", className: "grow" })}
          <button type="submit">${t("chair.send")}</button>
        </form>`
      : nothing}

    ${lobby ? nothing : pollControls(ctx)}

    <h3>${t("chair.doors")}</h3>
    ${relevant(c.lock)
      ? html`<button type="button" data-testid="lock" aria-pressed=${v.session.locked ? "true" : "false"} ?disabled=${!c.lock.ok}
          aria-describedby=${c.lock.ok ? nothing : "lock-reason"}
          @click=${() => ctx.act({ type: "session.lock", locked: !v.session.locked })}>${t(v.session.locked ? "chair.unlock" : "chair.lock")}</button>
          ${c.lock.ok ? nothing : html`<p class="reason" id="lock-reason">${reasonOf(c.lock)}</p>`}
          <p class="hint">${t(v.session.locked ? "chair.lockedHelp" : "chair.openHelp")}</p>`
      : nothing}

    <h3>${t("chair.endHeading")}</h3>
    ${actButton(t("chair.end"), c.end, async () => {
      if (await confirmDialog({ title: t("chair.endHeading"), body: t("chair.endConfirm"), confirm: t("chair.end"), danger: true })) void ctx.act({ type: "session.end" });
    }, { testid: "end", className: "danger" })}
  </section>`;
}

/** Delegation seats nobody holds, not closed and not yet played by a bot. */
const emptySeats = (ctx: Ctx) => ctx.view.seats.filter((s) => s.kind === "delegation" && s.players.length === 0 && !s.autopilot && !s.closed);

/** Starts the session; first, if the chair asked for it, bots take the seats still empty. */
async function start(ctx: Ctx) {
  if (credentials.fillBots(ctx.code) && ctx.view.can.autopilot.ok) {
    for (const seat of emptySeats(ctx)) if (!(await ctx.act({ type: "seat.autopilot", seat: seat.id, on: true }))) return;
  }
  await ctx.act({ type: "session.start" });
}

function fillBotsChoice(ctx: Ctx) {
  if (!relevant(ctx.view.can.autopilot)) return nothing;
  const empty = emptySeats(ctx);
  return html`<label class="check" data-testid="fill-bots-choice"><input type="checkbox" data-testid="fill-bots" .checked=${credentials.fillBots(ctx.code)}
      ?disabled=${!ctx.view.can.autopilot.ok}
      @change=${(e: Event) => {
        credentials.saveFillBots(ctx.code, (e.target as HTMLInputElement).checked);
        ctx.redraw();
      }} /> ${icon("bot")} ${empty.length > 0 ? t("chair.fillBots", { seats: empty.map((s) => s.name).join(", ") }) : t("chair.fillBotsNone")}</label>`;
}

function procedureForm(ctx: Ctx) {
  const v = ctx.view;
  const p = v.negotiation.procedure;
  if (!v.can.configure.ok) return nothing;
  return html`<form class="inline-form" data-testid="procedure-form" @submit=${submitForm(async (get) => {
    const mode = get("votingMode");
    return ctx.act({ type: "session.configure", votingMode: mode === "secret" ? "secret" : "roll-call", silenceProcedure: get("silence") === "on" });
  }, { reset: false })}>
    <label>${t("options.votingMode")}
      <select name="votingMode">
        ${(["roll-call", "secret"] as const).map((m) => html`<option value=${m} ?selected=${p.votingMode === m}>${t(`votingMode.${m}`)}</option>`)}
      </select>
    </label>
    ${v.session.decisionRule === "consensus"
      ? html`<label class="check"><input type="checkbox" name="silence" .checked=${p.silenceProcedure} /> ${t("options.silence")}</label>`
      : nothing}
    <button type="submit">${t("chair.applyProcedure")}</button>
  </form>`;
}

function floorControls(ctx: Ctx) {
  const v = ctx.view;
  const c = v.can;
  const f = v.negotiation.floor;
  return html`
    <h3>${t("floor.heading")}</h3>
    <div class="row">
      ${actButton(t("chair.nextSpeaker"), c.nextSpeaker, () => ctx.act({ type: "floor.next" }), { testid: "floor-next" })}
      ${f.queue[0] && c.giveFloor.ok
        ? html`<button type="button" @click=${() => ctx.act({ type: "floor.give", seat: f.queue[0]?.seat ?? "" })}>${t("chair.giveFloor", { seat: seatName(v, f.queue[0].seat) })}</button>`
        : nothing}
    </div>
    ${c.configureFloor.ok
      ? html`<form class="inline-form" @submit=${submitForm(async (get) =>
          ctx.act({ type: "floor.configure", speakingSeconds: Number(get("seconds")) || f.speakingSeconds, automatic: get("automatic") === "on", openDebate: get("open") === "on" }),
        { reset: false })}>
          <label class="narrow">${t("chair.speakingSeconds")} <input name="seconds" type="number" min="10" max="600" step="5" .value=${String(f.speakingSeconds)} /></label>
          <label class="check"><input type="checkbox" name="automatic" .checked=${f.automatic} /> ${t("floor.automatic")}</label>
          <label class="check"><input type="checkbox" name="open" .checked=${f.openDebate} /> ${t("floor.openDebate")}</label>
          <button type="submit">${t("chair.applyFloor")}</button>
        </form>`
      : nothing}`;
}

function pollControls(ctx: Ctx) {
  const v = ctx.view;
  const c = v.can;
  return html`
    <h3>${t("poll.heading")}</h3>
    ${c.callPoll.ok ? nothing : html`<p class="reason">${reasonOf(c.callPoll)}</p>`}
    ${c.callPoll.ok
      ? html`<form class="inline-form" data-testid="poll-form" @submit=${submitForm((get) => ctx.act({ type: "poll.call", question: get("question") }))}>
          ${limitedField({ label: t("poll.question"), name: "question", limit: LIMITS.pollQuestion, required: true, testid: "poll-question", className: "grow" })}
          <button type="submit">${t("chair.callPoll")}</button>
        </form>`
      : nothing}
    ${v.negotiation.strawPolls
      .filter((p) => p.open)
      .map((p) => html`<p>${p.question} — ${t("poll.answered", { count: p.answered.length })}
        <button type="button" data-testid=${`poll-close-${p.id}`} @click=${() => ctx.act({ type: "poll.close", poll: p.id })}>${t("chair.closePoll")}</button></p>`)}`;
}
