// The facilitator's controls for running the session: start, phases, pause, time, the end,
// procedure, the speakers list, broadcasts and straw polls. Each follows view.can.
import { html, nothing } from "lit-html";
import { LIMITS } from "../../../shared/protocol/limits.ts";
import { t } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { actButton, reasonOf, relevant, submitForm } from "./controls.ts";
import { seatName } from "./describe.ts";

export function chairConsole(ctx: Ctx) {
  const v = ctx.view;
  const c = v.can;
  const lobby = v.session.stage === "lobby";
  return html`<section class="card chair" aria-labelledby="chair-heading" data-testid="chair-console">
    <h2 id="chair-heading">${t("chair.heading")}</h2>
    <div class="row">
      ${lobby
        ? actButton(t("chair.start"), c.start, () => ctx.act({ type: "session.start" }), { testid: "start", primary: true })
        : actButton(t("chair.advance"), c.advance, () => ctx.act({ type: "phase.advance" }), { testid: "advance", primary: true })}
      ${v.session.paused
        ? actButton(t("chair.resume"), c.resume, () => ctx.act({ type: "session.resume" }), { testid: "resume" })
        : lobby ? nothing : actButton(t("chair.pause"), c.pause, () => ctx.act({ type: "session.pause" }), { testid: "pause", showReason: false })}
      ${lobby ? nothing : actButton(t("chair.extend", { minutes: 1 }), c.extend, () => ctx.act({ type: "phase.extend", seconds: 60 }), { testid: "extend", showReason: false })}
    </div>

    ${lobby || !c.configure.ok ? procedureForm(ctx) : nothing}

    ${lobby ? nothing : floorControls(ctx)}

    <h3>${t("chair.broadcast")}</h3>
    ${c.chair.ok
      ? html`<form class="inline-form" @submit=${submitForm((get) => ctx.act({ type: "chair.broadcast", text: get("text") }))}>
          <label class="grow">${t("chair.broadcastText")} <input name="text" maxlength=${LIMITS.messageText} required /></label>
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
    ${actButton(t("chair.end"), c.end, () => {
      if (confirm(t("chair.endConfirm"))) void ctx.act({ type: "session.end" });
    }, { testid: "end", className: "danger" })}
  </section>`;
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
          <label class="grow">${t("poll.question")} <input name="question" maxlength=${LIMITS.pollQuestion} required /></label>
          <button type="submit">${t("chair.callPoll")}</button>
        </form>`
      : nothing}
    ${v.negotiation.strawPolls
      .filter((p) => p.open)
      .map((p) => html`<p>${p.question} — ${t("poll.answered", { count: p.answered.length })}
        <button type="button" data-testid=${`poll-close-${p.id}`} @click=${() => ctx.act({ type: "poll.close", poll: p.id })}>${t("chair.closePoll")}</button></p>`)}`;
}
