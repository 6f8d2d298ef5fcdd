// The debrief after the end: the collective result first, then every vote as a roll-call
// table and a chart (chart.js, loaded only here). Every chart has the same data as a table.
import { html, nothing } from "lit-html";
import type { View } from "../../../shared/protocol/view.ts";
import { colon, t } from "../i18n/index.ts";
import type { Ctx } from "./context.ts";
import { debriefCrisis, drawSeriesCharts } from "./debrief-crisis.ts";
import { exportButtons } from "./debrief-export.ts";
import { cbmTitle, seatName } from "./describe.ts";

export function debriefPanel(ctx: Ctx) {
  const v = ctx.view;
  const adopted = v.proposals.filter((p) => p.status === "adopted");
  const cbms = v.negotiation.cbms.filter((c) => c.established);
  const decided = v.proposals.filter((p) => p.tally !== null);
  const voters = v.seats.filter((s) => s.kind === "delegation");
  return html`<section class="card debrief" aria-labelledby="debrief-heading" data-testid="debrief">
    <h2 id="debrief-heading">${t("debrief.heading")}</h2>
    ${exportButtons(v, ctx.code)}
    ${debriefCrisis(ctx)}
    <p class="lead">${t("debrief.result", { adopted: adopted.length, decided: decided.length, cbms: cbms.length })}</p>
    ${adopted.length > 0 ? html`<h3>${t("debrief.adopted")}</h3><ul>${adopted.map((p) => html`<li>${p.id}${colon()}${p.title}</li>`)}</ul>` : nothing}
    ${cbms.length > 0 ? html`<h3>${t("debrief.cbms")}</h3><ul>${cbms.map((c) => html`<li>${cbmTitle(v, c.id)} — ${c.participants.map((s) => seatName(v, s)).join(", ")}</li>`)}</ul>` : nothing}
    <h3>${t("debrief.votes")}</h3>
    ${decided.length === 0
      ? html`<p>${t("debrief.noVotes")}</p>`
      : html`<figure class="chart">
            <canvas id="chart-votes" role="img" aria-label=${t("debrief.votesChart")}></canvas>
            <figcaption>${t("debrief.votesChart")}</figcaption>
          </figure>
          <div class="table-scroll" tabindex="0" role="region" aria-label=${t("debrief.rollCall")}>
          <table class="roll-call" data-testid="roll-call">
            <caption>${t("debrief.rollCall")}</caption>
            <thead><tr><th scope="col">${t("debrief.proposal")}</th>${voters.map((s) => html`<th scope="col">${s.name}</th>`)}<th scope="col">${t("debrief.result.col")}</th></tr></thead>
            <tbody>
              ${decided.map(
                (p) => html`<tr><th scope="row">${p.id}${colon()}${p.title}</th>
                  ${voters.map((s) => {
                    const b = p.ballots.find((x) => x.seat === s.id);
                    return html`<td class=${b?.choice ?? ""}>${b ? (b.choice ? t(`vote.${b.choice}`) : t("vote.secret")) : "—"}</td>`;
                  })}
                  <td>${t(p.tally?.adopted ? "proposals.status.adopted" : "proposals.status.rejected")}</td></tr>`,
              )}
            </tbody>
          </table></div>`}
  </section>`;
}

/** Draws the debrief charts once their canvases are on the page; chart.js is fetched on first use. */
export async function drawDebriefCharts(v: View): Promise<void> {
  await drawSeriesCharts(v);
  const canvas = document.getElementById("chart-votes");
  if (!(canvas instanceof HTMLCanvasElement) || canvas.dataset.drawn === signature(v)) return;
  canvas.dataset.drawn = signature(v);
  const { barChart } = await import("./debrief-charts.ts");
  const decided = v.proposals.filter((p) => p.tally !== null);
  barChart(canvas, decided.map((p) => p.id), [
    { label: t("vote.yes"), data: decided.map((p) => p.tally?.yes ?? 0), pattern: "yes" },
    { label: t("vote.no"), data: decided.map((p) => p.tally?.no ?? 0), pattern: "no" },
    { label: t("vote.abstain"), data: decided.map((p) => p.tally?.abstain ?? 0), pattern: "abstain" },
  ]);
}

const signature = (v: View) => `${document.documentElement.lang}:${v.proposals.map((p) => `${p.id}${p.status}`).join(",")}`;
