// The landing page: create a session (a built-in scenario or an uploaded file, with options
// and an optional passcode), or join one by its code as a player, a spectator or a projector.
import { html, nothing, render } from "lit-html";
import type { CreateSessionRequest, SessionOptions } from "../../../shared/protocol/messages.ts";
import { DECISION_RULES, PHASES, VOTING_MODES } from "./forum-options.ts";
import { errorText, onLocaleChange, plural, t } from "../i18n/index.ts";
import { createSession, listScenarios, lookupSession, type ApiError, type ScenarioSummary } from "../net/api.ts";
import { credentials } from "../net/credentials.ts";
import { icon } from "./icons.ts";
import { languageSelect } from "./language-select.ts";

type State = {
  scenarios: ScenarioSummary[];
  chosen: string;
  upload: { name: string; text: string } | null;
  created: { code: string; key: string } | null;
  createError: ApiError | null;
  /** Worded when drawn, so it follows a change of language. */
  joinError: (() => string) | null;
  busy: boolean;
  /** The facilitator's plan for the chosen scenario's seats: open to players (default), a bot, or closed. */
  seatPlan: Record<string, SeatMode>;
  /** Seats still empty when the session starts are played by bots. */
  fillBots: boolean;
  /** The join form's field in error (its message is joinError). */
  joinField: "code" | "name" | "passcode" | null;
};

const SEAT_MODES = ["open", "bot", "closed"] as const;
type SeatMode = (typeof SEAT_MODES)[number];

export async function showLanding(root: HTMLElement, go: (path: string) => void): Promise<void> {
  const state: State = { scenarios: [], chosen: "", upload: null, created: null, createError: null, joinError: null, busy: false, seatPlan: {}, fillBots: false, joinField: null };
  // Sent back here by the session page: the passcode was wrong. Say so on the form, keep the name.
  const params = new URLSearchParams(location.search);
  if (params.get("refused") === "wrong-passcode") {
    state.joinError = () => t("error.join/wrong-passcode");
    state.joinField = "passcode";
  }
  const draw = () => render(view(state, actions), root);
  const actions: Actions = {
    choose(id) {
      state.chosen = id;
      state.upload = null;
      state.seatPlan = {};
      draw();
    },
    planSeat(seat, mode) {
      state.seatPlan[seat] = mode;
    },
    async pickFile(e) {
      const file = (e.target as HTMLInputElement).files?.[0];
      if (!file) return;
      state.upload = { name: file.name, text: await file.text() };
      state.chosen = "";
      state.seatPlan = {};
      state.createError = null;
      draw();
    },
    async create(e) {
      e.preventDefault();
      const data = new FormData(e.target as HTMLFormElement);
      const request: CreateSessionRequest = state.upload ? { scenarioSource: state.upload.text } : { scenarioId: state.chosen };
      const options = readOptions(data, state.upload ? {} : state.seatPlan);
      if (options) request.options = options;
      const passcode = String(data.get("passcode") ?? "").trim();
      if (passcode) request.passcode = passcode;
      state.busy = true;
      state.createError = null;
      draw();
      const result = await createSession(request);
      state.busy = false;
      if (result.ok) {
        credentials.saveFacilitatorKey(result.value.code, result.value.facilitatorKey);
        if (state.fillBots) credentials.saveFillBots(result.value.code, true);
        state.created = { code: result.value.code, key: result.value.facilitatorKey };
      } else state.createError = result.error;
      draw();
      document.getElementById(result.ok ? "created-heading" : "create-error")?.focus();
    },
    async join(e, as) {
      e.preventDefault();
      const form = (e.target as HTMLElement).closest("form") as HTMLFormElement;
      const data = new FormData(form);
      const code = String(data.get("code") ?? "").toUpperCase().replace(/[\s-]/g, "");
      const name = String(data.get("name") ?? "").trim();
      const passcode = String(data.get("passcode") ?? "").trim();
      if (!code) return actions.joinFailed(() => t("landing.join.needCode"), "code");
      if (as === "player" && !name) return actions.joinFailed(() => t("landing.join.needName"), "name");
      const found = await lookupSession(code);
      if (!found.ok) return actions.joinFailed(() => errorText(found.error.code, found.error.message), "code");
      if (found.value.needsPasscode && !passcode) return actions.joinFailed(() => t("landing.join.needPasscode"), "passcode");
      if (as === "player") sessionStorage.setItem(`normcraft:${code}:name`, name);
      if (passcode) sessionStorage.setItem(`normcraft:${code}:passcode`, passcode);
      go(as === "projector" ? `/s/${code}/projector` : `/s/${code}${as === "spectator" ? "?watch" : ""}`);
    },
    joinFailed(message, field) {
      state.joinError = message;
      state.joinField = field;
      draw();
      document.getElementById(`join-${field}`)?.focus();
    },
    fillBots(on) {
      state.fillBots = on;
    },
    open() {
      if (state.created) go(`/s/${state.created.code}`);
    },
  };
  onLocaleChange(() => {
    if (!location.pathname.startsWith("/s/")) draw();
  });
  draw();
  const list = await listScenarios();
  if (list.ok) {
    state.scenarios = list.value.scenarios;
    state.chosen = state.scenarios[0]?.id ?? "";
  } else state.createError = list.error;
  draw();
}

function readOptions(data: FormData, seatPlan: Record<string, SeatMode>): SessionOptions | null {
  const options: SessionOptions = {};
  const planned = (mode: SeatMode) => Object.keys(seatPlan).filter((seat) => seatPlan[seat] === mode);
  if (planned("bot").length > 0) options.bots = planned("bot");
  if (planned("closed").length > 0) options.closedSeats = planned("closed");
  const rule = String(data.get("decisionRule") ?? "");
  const mode = String(data.get("votingMode") ?? "");
  const foundRule = DECISION_RULES.find((r) => r === rule);
  const foundMode = VOTING_MODES.find((m) => m === mode);
  if (foundRule) options.decisionRule = foundRule;
  if (foundMode) options.votingMode = foundMode;
  const timers: NonNullable<SessionOptions["timers"]> = {};
  let anyTimer = false;
  for (const phase of PHASES) {
    const raw = String(data.get(`timer-${phase}`) ?? "").trim();
    if (raw) {
      timers[phase] = Math.round(Number(raw));
      anyTimer = true;
    }
  }
  if (anyTimer) options.timers = timers;
  return Object.keys(options).length > 0 ? options : null;
}

type Actions = {
  choose(id: string): void;
  planSeat(seat: string, mode: SeatMode): void;
  pickFile(e: Event): Promise<void>;
  create(e: Event): Promise<void>;
  join(e: Event, as: "player" | "spectator" | "projector"): Promise<void>;
  joinFailed(message: () => string, field: "code" | "name" | "passcode"): void;
  fillBots(on: boolean): void;
  open(): void;
};

function createErrorView(err: ApiError) {
  return html`<div id="create-error" class="error" role="alert" tabindex="-1" data-testid="create-error">
    <p>${errorText(err.code, err.message)}</p>
    ${err.issues && err.issues.length > 0
      ? html`<p>${t("landing.upload.issues", { count: err.issues.length })}</p>
          <ol class="issues" data-testid="issues">
            ${err.issues.map((i) => html`<li>${i.line !== undefined && i.line !== null ? html`<strong>${t("landing.upload.line", { line: i.line })}</strong> ` : nothing}${i.path ? html`<code>${i.path}</code> ` : nothing}${i.message}</li>`)}
          </ol>`
      : nothing}
  </div>`;
}

/** Per seat of the chosen scenario: open to players, played by a bot from the start, or closed. */
function seatPlanView(s: State, a: Actions) {
  const seats = s.upload ? [] : s.scenarios.find((sc) => sc.id === s.chosen)?.seats ?? [];
  if (seats.length === 0) return nothing;
  return html`<fieldset class="seat-plan" data-testid="seat-plan" aria-describedby="seat-plan-help">
    <legend>${t("options.seats")}</legend>
    <p class="hint" id="seat-plan-help">${t("options.seatsHelp")}</p>
    ${seats.map((seat) => {
      const mode = s.seatPlan[seat.id] ?? "open";
      return html`<div class="seat-choice">
        <label for=${`plan-${seat.id}`}>${seat.kind === "observer" ? t("options.seatObserver", { name: seat.name }) : seat.name}</label>
        <select id=${`plan-${seat.id}`} name=${`seat-${seat.id}`} data-testid=${`plan-${seat.id}`} .value=${mode}
          @change=${(e: Event) => a.planSeat(seat.id, SEAT_MODES.find((m) => m === (e.target as HTMLSelectElement).value) ?? "open")}>
          ${SEAT_MODES.map((m) => html`<option value=${m} ?selected=${m === mode}>${t(`options.seat.${m}`)}</option>`)}
        </select>
      </div>`;
    })}
  </fieldset>`;
}

/** A join-form field with its label, and the form's error right under the field it is about. */
function joinField(s: State, field: "code" | "name" | "passcode", label: string, input: unknown) {
  return html`<label for=${`join-${field}`}>${label}</label>${input}
    ${s.joinError && s.joinField === field ? html`<p id="join-error" class="error field-error" role="alert" data-testid="join-error">${s.joinError()}</p>` : nothing}`;
}

function view(s: State, a: Actions) {
  const code = new URLSearchParams(location.search).get("code") ?? "";
  // The name typed before a refused join is kept (sessionStorage, this tab only).
  const name = code ? sessionStorage.getItem(`normcraft:${code.toUpperCase()}:name`) ?? "" : "";
  return html`
    <header class="masthead">
      <h1>${t("app.title")}</h1>
      <p>${t("app.tagline")}</p>
      ${languageSelect()}
    </header>
    <main id="main" class="landing">
      <section class="card" aria-labelledby="create-heading">
        <h2 id="create-heading">${t("landing.create.heading")}</h2>
        ${s.created
          ? html`<div class="created" role="status">
              <h3 id="created-heading" tabindex="-1">${t("landing.created.heading")}</h3>
              <p>${t("landing.created.code")}: <strong class="room-code" data-testid="room-code">${s.created.code}</strong></p>
              <p>${t("landing.created.key")}: <code data-testid="facilitator-key">${s.created.key}</code></p>
              <p class="hint">${t("landing.created.keyHelp")}</p>
              <button type="button" class="primary" @click=${a.open}>${t("landing.created.open")}</button>
              <p><a href=${`/s/${s.created.code}/projector`} target="_blank" rel="noopener">${t("session.openProjector")}</a></p>
            </div>`
          : html`<form @submit=${a.create} data-testid="create-form">
              <fieldset>
                <legend>${t("landing.create.scenario")}</legend>
                ${s.scenarios.map(
                  (sc) => html`<label class="scenario-choice">
                    <input type="radio" name="scenario" value=${sc.id} .checked=${s.chosen === sc.id} @change=${() => a.choose(sc.id)} />
                    <span class="scenario-title">${sc.title}</span>
                    <span class="scenario-meta">${t("landing.create.meta", {
                      delegations: plural("count.delegations", sc.delegations),
                      observers: plural("count.observers", sc.observers),
                      min: sc.players.min,
                      max: sc.players.max,
                      rounds: plural("count.rounds", sc.rounds),
                      minutes: sc.durationMinutes,
                      rule: t(`rule.${sc.decisionRule as (typeof DECISION_RULES)[number]}`),
                    })}</span>
                    <span class="scenario-summary">${sc.summary}</span>
                  </label>`,
                )}
                <label class="scenario-choice upload">
                  <span class="scenario-title">${t("landing.upload.label")}</span>
                  <span class="scenario-meta">${s.upload ? t("landing.upload.chosen", { name: s.upload.name }) : t("landing.upload.help")}</span>
                  <input type="file" name="file" accept=".yaml,.yml,.json,application/json,text/yaml" data-testid="upload" @change=${a.pickFile} />
                </label>
              </fieldset>
              <div class="fill-bots">
                <label class="check"><input type="checkbox" name="fillBots" data-testid="fill-bots" .checked=${s.fillBots}
                  @change=${(e: Event) => a.fillBots((e.target as HTMLInputElement).checked)} /> ${icon("bot")} ${t("landing.fillBots")}</label>
                <p class="hint">${t("landing.fillBotsHelp")}</p>
              </div>
              <details class="options">
                <summary>${t("options.heading")}</summary>
                <label>${t("options.decisionRule")}
                  <select name="decisionRule"><option value="">${t("options.asScenario")}</option>
                    ${DECISION_RULES.map((r) => html`<option value=${r}>${t(`rule.${r}`)}</option>`)}</select></label>
                <label>${t("options.votingMode")}
                  <select name="votingMode"><option value="">${t("options.asScenario")}</option>
                    ${VOTING_MODES.map((m) => html`<option value=${m}>${t(`votingMode.${m}`)}</option>`)}</select></label>
                <fieldset class="timers">
                  <legend>${t("options.timers")}</legend>
                  ${PHASES.map((p) => html`<label class="narrow">${t(`stage.${p}`)} <input type="number" name=${`timer-${p}`} min="10" max="3600" step="5" placeholder=${t("options.default")} /></label>`)}
                </fieldset>
                ${seatPlanView(s, a)}
                <label>${t("options.passcode")} <input name="passcode" autocomplete="off" minlength="4" maxlength="64" aria-describedby="passcode-help" />
                  <span class="hint" id="passcode-help">${t("options.passcodeHelp")}</span></label>
              </details>
              ${s.createError ? createErrorView(s.createError) : nothing}
              <button type="submit" class="primary" ?disabled=${s.busy || (!s.chosen && !s.upload)}>${t("landing.create.submit")}</button>
            </form>`}
      </section>
      <section class="card" aria-labelledby="join-heading">
        <h2 id="join-heading">${t("landing.join.heading")}</h2>
        <form @submit=${(e: Event) => a.join(e, "player")} data-testid="join-form" novalidate>
          ${joinField(s, "code", t("landing.join.code"), html`<input id="join-code" name="code" autocomplete="off" autocapitalize="characters" maxlength="12" required .value=${code}
            aria-invalid=${s.joinField === "code" ? "true" : "false"} aria-describedby=${s.joinField === "code" ? "join-error" : nothing} />`)}
          ${joinField(s, "name", t("landing.join.name"), html`<input id="join-name" name="name" autocomplete="nickname" maxlength="40" .value=${name}
            aria-invalid=${s.joinField === "name" ? "true" : "false"} aria-describedby=${s.joinField === "name" ? "join-error" : nothing} />`)}
          ${joinField(s, "passcode", t("landing.join.passcode"), html`<input id="join-passcode" name="passcode" type="password" autocomplete="off" maxlength="64"
            aria-invalid=${s.joinField === "passcode" ? "true" : "false"} aria-describedby=${s.joinField === "passcode" ? "join-error" : nothing} />`)}
          <div class="row">
            <button type="submit" class="primary">${t("landing.join.submit")}</button>
            <button type="button" @click=${(e: Event) => a.join(e, "spectator")}>${t("landing.join.watch")}</button>
            <button type="button" @click=${(e: Event) => a.join(e, "projector")}>${t("landing.join.projector")}</button>
          </div>
        </form>
      </section>
    </main>
  `;
}
