// The chamber in words: every item the chamber draws, from the same model, as a list in the DOM
// (each item carries the key the scene records for what it drew, so a test can hold one to the
// other), and a one-line label for the canvas.
import { html } from "lit-html";
import { formatPercent, t } from "../i18n/index.ts";
import { HIGH, TENSE, type ChamberModel } from "../scenes/chamber-model.ts";
import { chamberKeys } from "../scenes/chamber-keys.ts";

export type ChamberItem = { key: string; text: string };

export function chamberItems(m: ChamberModel): ChamberItem[] {
  const name = (id: string) => m.seats.find((s) => s.id === id)?.name ?? m.actors.find((a) => a.id === id)?.name ?? id;
  const k = chamberKeys;
  const items: ChamberItem[] = [];
  for (const s of m.seats) {
    const state = s.bot ? t("seats.botOnly") : s.connected ? t("seats.connected") : s.occupied ? t("seats.away") : t("seats.empty");
    const queue = s.queued === null ? "" : ` · ${t("chamber.queued", { place: s.queued })}`;
    items.push({ key: k.seat(s), text: `${s.name}${s.observer ? ` (${t("seats.observer")})` : ""}: ${state}${queue}` });
    if (s.ballot) items.push({ key: k.ballot(s.id, s.ballot), text: s.ballot === "secret" ? t("chamber.ballotSecret", { seat: s.name }) : t("chamber.ballot", { seat: s.name, choice: t(`vote.${s.ballot}`) }) });
  }
  for (const a of m.actors) items.push({ key: k.actor(a.id), text: t("chamber.actor", { name: a.name }) });
  if (m.speaker) items.push({ key: k.speaker(m.speaker.seat), text: t("chamber.speakerClock", { seat: name(m.speaker.seat), time: m.speaker.clock }) });
  for (const c of m.coalitions) items.push({ key: k.coalition(c), text: t("chamber.coalitionPair", { a: name(c.a), b: name(c.b), count: c.pledges }) });
  for (const a of m.attributions) {
    items.push({ key: k.attribution(a), text: t("chamber.attributionGraded", { by: a.by.map(name).join(", "), accused: name(a.accused), mode: t(`attribution.mode.${a.mode}`), confidence: t(`confidence.${a.confidence}`) }) });
  }
  for (const p of m.proposals) {
    items.push({ key: k.proposal(p), text: t("chamber.proposal", { id: p.id, title: p.title, status: t(`proposals.status.${p.status}`), sponsors: p.sponsors.map(name).join(", ") || "—" }) });
  }
  if (m.escalation !== null) {
    const band = m.escalation >= HIGH ? "high" : m.escalation >= TENSE ? "medium" : "low";
    items.push({ key: k.escalation(m.escalation), text: `${m.labels.escalation} — ${t(`escalation.${band}`)}` });
  }
  for (const n of m.norms) items.push({ key: k.norm(n), text: t("chamber.norm", { norm: n.title, strength: formatPercent(n.strength), stage: t(`norms.stage.${n.stage}`) }) });
  return items;
}

/** The canvas's label: what it is, and where the full description is. */
export function chamberLabel(m: ChamberModel): string {
  return t("chamber.summary", { seats: m.seats.length, title: m.title });
}

/** The description list, visible on request (a disclosure) or hidden but read (the projector). */
export function chamberDescription(m: ChamberModel, opts: { hidden?: boolean } = {}) {
  const list = html`<ul id="chamber-words" data-testid="chamber-words">${chamberItems(m).map((i) => html`<li data-key=${i.key}>${i.text}</li>`)}</ul>`;
  return opts.hidden
    ? html`<div class="visually-hidden">${list}</div>`
    : html`<details class="chamber-words"><summary>${t("chamber.inWords")}</summary>${list}</details>`;
}
