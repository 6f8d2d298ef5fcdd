// The facilitator's classroom tools: the address students open (with a warning when it names
// this computer as "localhost", which nobody else can reach), the projector with its optional
// sound cue at the end of each phase, and the printable briefings of every delegation.
import { html, nothing } from "lit-html";
import { t } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { icon } from "./icons.ts";
import { setSoundEnabled, soundEnabled } from "./sound-cue.ts";

export function classroomCard(ctx: Ctx) {
  const room = ctx.room;
  const sound = soundEnabled(ctx.code);
  return html`<section class="card classroom" aria-labelledby="classroom-heading" data-testid="classroom">
    <h2 id="classroom-heading">${t("classroom.heading")}</h2>
    ${room
      ? html`<p>${t("classroom.joinAt")} <a href=${room.joinUrl} data-testid="join-url">${room.joinUrl}</a></p>
          ${room.joinLocal ? html`<p class="error" data-testid="join-local">${icon("warning")} ${t("classroom.localhost")}</p>` : nothing}`
      : nothing}
    <p class="row">
      <a class="button-link" href=${`/s/${ctx.code}/projector${sound ? "?sound=on" : ""}`} target="_blank" rel="noopener" data-testid="open-projector">${icon("screen")} ${t("session.openProjector")}</a>
      <a class="button-link" href=${`/s/${ctx.code}/handouts`} target="_blank" rel="noopener" data-testid="open-handouts">${icon("printer")} ${t("classroom.handouts")}</a>
    </p>
    <label class="check"><input type="checkbox" data-testid="projector-sound" .checked=${sound}
      @change=${(e: Event) => {
        setSoundEnabled(ctx.code, (e.target as HTMLInputElement).checked);
        ctx.redraw();
      }} /> ${icon("sound")} ${t("classroom.sound")}</label>
    <p class="hint">${t("classroom.soundHelp")}</p>
  </section>`;
}
