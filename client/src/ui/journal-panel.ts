// The record of the session: every journal entry this viewer may read, newest first.
import { html, nothing } from "lit-html";
import type { View } from "../../../shared/protocol/view.ts";
import { formatTime, t } from "../i18n/index.ts";
import { describeEvent } from "./describe.ts";

export function journalPanel(v: View, limit = 40) {
  return html`<section class="card" aria-labelledby="journal-heading">
    <h2 id="journal-heading">${t("journal.heading")}</h2>
    <ol class="journal" reversed data-testid="journal" tabindex="0" aria-labelledby="journal-heading">
      ${[...v.journal].reverse().slice(0, limit).map((e) => html`<li><time>${formatTime(e.at)}</time> ${describeEvent(v, e)}${e.audience.kind !== "public" ? html` <small class="badge">${t("journal.private")}</small>` : nothing}</li>`)}
    </ol>
  </section>`;
}
