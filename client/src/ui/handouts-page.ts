// Printable briefings (/s/CODE/handouts), for classes that hand out paper: one page per seat —
// who the delegation is, its brief, capabilities and standing, public and secret objectives, red
// lines, and how to join (the code and a QR code). Built from the session's record, which only
// the facilitator may download, so secret objectives never reach anyone else. Each sheet is laid
// out in millimetres at the size of the chosen paper (A4 or Letter) and its text shrinks until it
// fits one page, so what the screen shows is what prints.
import { html, render } from "lit-html";
import type { Scenario } from "../../../shared/scenario/schema.ts";
import { errorText, formatNumber, onLocaleChange, t } from "../i18n/index.ts";
import { lookupSession, sessionRecord, type SessionSummary } from "../net/api.ts";
import { credentials } from "../net/credentials.ts";
import { icon } from "./icons.ts";
import { languageSelect } from "./language-select.ts";
import { qrCode } from "./qr-code.ts";

type Paper = "a4" | "letter";
type Seat = Scenario["delegations"][number];
const CAPABILITIES = ["offense", "defense", "intelligence", "dependency", "weight"] as const;

export async function showHandouts(root: HTMLElement, code: string): Promise<void> {
  document.body.classList.add("handouts-page");
  const key = credentials.facilitatorKey(code);
  const [record, summary] = await Promise.all([key ? sessionRecord(code, key) : Promise.resolve(null), lookupSession(code)]);
  if (!record || !record.ok) {
    const message = record && !record.ok ? errorText(record.error.code, record.error.message) : t("handouts.needKey");
    render(html`<main id="main" class="landing"><section class="card"><h1>${t("handouts.heading")}</h1><p class="error" role="alert" data-testid="handouts-error">${message}</p></section></main>`, root);
    return;
  }
  const scenario = (JSON.parse(record.value) as { scenario: Scenario }).scenario;
  let paper: Paper = localStorage.getItem("normcraft:paper") === "letter" ? "letter" : "a4";
  const draw = () => {
    render(page(scenario, code, summary.ok ? summary.value : null, paper, (p) => {
      paper = p;
      localStorage.setItem("normcraft:paper", p);
      draw();
    }), root);
    setPageSize(paper);
    fitSheets(root);
  };
  onLocaleChange(draw);
  draw();
}

function page(scenario: Scenario, code: string, summary: SessionSummary | null, paper: Paper, choose: (p: Paper) => void) {
  const seats = [...scenario.delegations, ...scenario.observers];
  return html`<header class="handouts-tools screen-only">
      <h1>${t("handouts.heading")}</h1>
      <p>${t("handouts.help", { count: seats.length })}</p>
      <div class="row">
        <label>${t("handouts.paper")}
          <select data-testid="paper" @change=${(e: Event) => choose((e.target as HTMLSelectElement).value === "letter" ? "letter" : "a4")}>
            <option value="a4" ?selected=${paper === "a4"}>A4</option>
            <option value="letter" ?selected=${paper === "letter"}>Letter</option>
          </select></label>
        <button type="button" class="primary" @click=${() => window.print()}>${icon("printer")} ${t("handouts.print")}</button>
        ${languageSelect()}
      </div>
    </header>
    <main id="main" class="sheets paper-${paper}" data-paper=${paper}>
      ${seats.map((seat) => sheet(scenario, seat, scenario.observers.includes(seat), code, summary))}
    </main>`;
}

function sheet(scenario: Scenario, seat: Seat, observer: boolean, code: string, summary: SessionSummary | null) {
  const blocs = seat.blocs.map((b) => scenario.blocs.find((x) => x.id === b)?.name ?? b);
  const open = seat.objectives.filter((o) => !o.secret);
  const secret = seat.objectives.filter((o) => o.secret);
  const url = summary?.joinUrl ?? `${location.origin}/?code=${code}`;
  return html`<article class="sheet" data-testid="handout" data-seat=${seat.id} aria-labelledby=${`sheet-${seat.id}`}>
    <div class="sheet-body">
      <header class="sheet-head">
        <div>
          <p class="sheet-forum">${scenario.forum.name} — ${scenario.title}</p>
          <h2 id=${`sheet-${seat.id}`}><span class="emblem-wrap" aria-hidden="true"><span class="emblem ${seat.emblem.shape}" style="--emblem:${seat.emblem.colour}"></span></span> ${seat.name}</h2>
          <p class="sheet-meta">${seat.archetype}${observer ? ` · ${t("seats.observer")}` : ""}${blocs.length > 0 ? ` · ${blocs.join(", ")}` : ""}</p>
          <p class="sheet-secret">${t("handouts.confidential", { seat: seat.name })}</p>
        </div>
        <div class="sheet-join">${qrCode(url, t("projector.qrLabel", { url }))}<p>${t("handouts.code")} <strong>${code}</strong></p></div>
      </header>
      <section><h3>${t("handouts.brief")}</h3><p>${seat.brief}</p></section>
      <section><h3>${t("handouts.capabilities")}</h3>
        <table class="sheet-caps">
          <tbody>
            ${CAPABILITIES.map((c) => html`<tr><th scope="row">${t(`handouts.cap.${c}`)}</th><td>${pips(seat.capabilities[c])}</td><td>${formatNumber(seat.capabilities[c])} / 5</td></tr>`)}
            <tr><th scope="row">${t("handouts.capacity")}</th><td colspan="2">${formatNumber(seat.capacity)}</td></tr>
            <tr><th scope="row">${t("handouts.credibility")}</th><td colspan="2">${formatNumber(seat.credibility)} / 100</td></tr>
          </tbody>
        </table></section>
      <section><h3>${t("handouts.objectives")}</h3>${objectiveList(open)}</section>
      <section class="sheet-secret-box"><h3>${t("handouts.secretObjectives")}</h3>${objectiveList(secret)}</section>
      <section><h3>${t("handouts.redLines")}</h3>${seat.redLines.length > 0 ? html`<ul>${seat.redLines.map((r) => html`<li>${r}</li>`)}</ul>` : html`<p>—</p>`}</section>
    </div>
  </article>`;
}

function objectiveList(objectives: Seat["objectives"]) {
  if (objectives.length === 0) return html`<p>—</p>`;
  return html`<ul>${objectives.map((o) => html`<li>${o.text} <small>(${t("objectives.points", { points: o.points })})</small></li>`)}</ul>`;
}

/** 0–5 as filled and hollow squares, with the number beside it for those who cannot see them. */
function pips(n: number) {
  return html`<span class="pips" aria-hidden="true">${[1, 2, 3, 4, 5].map((i) => html`<span class=${i <= n ? "pip on" : "pip"}></span>`)}</span>`;
}

function setPageSize(paper: Paper) {
  let style = document.getElementById("page-size");
  if (!style) {
    style = document.createElement("style");
    style.id = "page-size";
    document.head.append(style);
  }
  style.textContent = `@page { size: ${paper === "a4" ? "A4" : "letter"}; margin: 12mm; }`;
}

/** Shrinks a sheet's text, half a point at a time, until it fits its page. */
function fitSheets(root: HTMLElement) {
  for (const sheet of root.querySelectorAll<HTMLElement>(".sheet")) {
    const body = sheet.querySelector<HTMLElement>(".sheet-body");
    if (!body) continue;
    let size = 11;
    body.style.fontSize = `${size}pt`;
    while (body.scrollHeight > sheet.clientHeight && size > 6) {
      size -= 0.5;
      body.style.fontSize = `${size}pt`;
    }
    sheet.dataset.fontSize = String(size);
  }
}
