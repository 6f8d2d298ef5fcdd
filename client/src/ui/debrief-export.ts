// Debrief downloads built from what this viewer can see: the view as JSON (for reuse), the
// roll calls and the series as CSV (for spreadsheets), and a Markdown report for a course page.
import { html, nothing } from "lit-html";
import type { View } from "../../../shared/protocol/view.ts";
import { colon, errorText, t } from "../i18n/index.ts";
import { sessionRecord } from "../net/api.ts";
import { credentials } from "../net/credentials.ts";
import { announce } from "./announcer.ts";
import { describeEvent, seatName } from "./describe.ts";

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const csvCell = (v: string | number) => (typeof v === "number" ? String(v) : `"${v.replace(/"/g, '""')}"`);

export function toCsv(v: View): string {
  const delegations = v.seats.filter((s) => s.kind === "delegation");
  const rows: (string | number)[][] = [["proposal", "title", "result", ...delegations.map((s) => s.name)]];
  for (const p of v.proposals.filter((x) => x.tally)) {
    rows.push([p.id, p.title, p.status, ...delegations.map((s) => p.ballots.find((b) => b.seat === s.id)?.choice ?? "")]);
  }
  rows.push([]);
  rows.push(["round", "label", "escalation", ...v.crisis.norms.map((n) => `strength ${n.id}`), ...delegations.map((s) => `credibility ${s.id}`)]);
  for (const s of v.crisis.series) {
    rows.push([s.round, s.label, s.escalation, ...v.crisis.norms.map((n) => s.norms[n.id]?.strength ?? 0), ...delegations.map((d) => s.standings[d.id]?.credibility ?? "")]);
  }
  return rows.map((r) => r.map(csvCell).join(",")).join("\n");
}

export function toMarkdown(v: View): string {
  const lines = [`# ${v.session.forum}`, "", `_${v.session.title}_`, "", `## ${t("debrief.votes")}`, ""];
  for (const p of v.proposals.filter((x) => x.tally)) {
    lines.push(`- **${p.id}${colon()}${p.title}** — ${t(`proposals.status.${p.status}`)} (${p.ballots.map((b) => `${seatName(v, b.seat)}${colon()}${b.choice ? t(`vote.${b.choice}`) : t("vote.secret")}`).join(", ")})`);
  }
  lines.push("", `## ${t("norms.heading")}`, "");
  for (const n of v.crisis.norms.filter((x) => x.adopted)) lines.push(`- ${n.title}${colon()}${Math.round(n.strength * 100)} % — ${t(`norms.stage.${n.stage}`)}`);
  lines.push("", `## ${t("journal.heading")}`, "");
  for (const e of v.journal) lines.push(`- ${describeEvent(v, e)}`);
  return lines.join("\n");
}

async function downloadRecord(code: string): Promise<void> {
  const key = credentials.facilitatorKey(code) ?? "";
  const result = await sessionRecord(code, key);
  if (result.ok) download(`normcraft-${code}.json`, "application/json", result.value);
  else announce(errorText(result.error.code, result.error.message), "assertive");
}

export function exportButtons(v: View, code: string) {
  const stem = `normcraft-${v.session.scenarioId}`;
  return html`<div class="row" role="group" aria-label=${t("debrief.export")}>
    <button type="button" @click=${() => download(`${stem}.json`, "application/json", JSON.stringify(v, null, 2))}>${t("debrief.exportJson")}</button>
    <button type="button" @click=${() => download(`${stem}.csv`, "text/csv", toCsv(v))}>${t("debrief.exportCsv")}</button>
    <button type="button" @click=${() => download(`${stem}.md`, "text/markdown", toMarkdown(v))}>${t("debrief.exportMarkdown")}</button>
    ${v.me.kind === "facilitator"
      ? html`<button type="button" data-testid="download-record" @click=${() => downloadRecord(code)}>${t("debrief.exportRecord")}</button>`
      : nothing}
  </div>`;
}
