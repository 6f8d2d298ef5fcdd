// The landing page: create a session from a built-in scenario, or join one by code.
import { html, nothing, render } from "lit-html";
import { t } from "../i18n/index.ts";
import { createSession, listScenarios, lookupSession, type ScenarioSummary } from "../net/api.ts";
import { credentials } from "../net/credentials.ts";

type State = {
  scenarios: ScenarioSummary[];
  chosen: string;
  created: { code: string; key: string } | null;
  createError: string;
  joinError: string;
  busy: boolean;
};

export async function showLanding(root: HTMLElement, go: (path: string) => void): Promise<void> {
  const state: State = { scenarios: [], chosen: "", created: null, createError: "", joinError: "", busy: false };
  const draw = () => render(view(state, actions), root);
  const actions = {
    choose(id: string) {
      state.chosen = id;
      draw();
    },
    async create(e: Event) {
      e.preventDefault();
      state.busy = true;
      state.createError = "";
      draw();
      const result = await createSession({ scenarioId: state.chosen });
      state.busy = false;
      if (result.ok) {
        credentials.saveFacilitatorKey(result.value.code, result.value.facilitatorKey);
        state.created = { code: result.value.code, key: result.value.facilitatorKey };
      } else state.createError = result.error.message;
      draw();
      document.getElementById("created-heading")?.focus();
    },
    async join(e: Event, spectate: boolean) {
      e.preventDefault();
      const form = (e.target as HTMLElement).closest("form") as HTMLFormElement;
      const data = new FormData(form);
      const code = String(data.get("code") ?? "").toUpperCase().replace(/[\s-]/g, "");
      const name = String(data.get("name") ?? "").trim();
      if (!code) return actions.joinFailed(t("landing.join.code") + ": required");
      if (!spectate && !name) return actions.joinFailed(t("landing.join.name") + ": required");
      const found = await lookupSession(code);
      if (!found.ok) return actions.joinFailed(found.error.message);
      if (!spectate) sessionStorage.setItem(`normcraft:${code}:name`, name);
      go(`/s/${code}${spectate ? "?watch" : ""}`);
    },
    joinFailed(message: string) {
      state.joinError = message;
      draw();
      document.getElementById("join-error")?.focus();
    },
    open() {
      if (state.created) go(`/s/${state.created.code}`);
    },
  };
  draw();
  const list = await listScenarios();
  if (list.ok) {
    state.scenarios = list.value.scenarios;
    state.chosen = state.scenarios[0]?.id ?? "";
  } else state.createError = list.error.message;
  draw();
}

type Actions = {
  choose(id: string): void;
  create(e: Event): void;
  join(e: Event, spectate: boolean): void;
  open(): void;
};

function view(s: State, a: Actions) {
  return html`
    <header class="masthead">
      <h1>${t("app.title")}</h1>
      <p>${t("app.tagline")}</p>
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
            </div>`
          : html`<form @submit=${a.create}>
              <fieldset>
                <legend>${t("landing.create.scenario")}</legend>
                ${s.scenarios.map(
                  (sc) => html`<label class="scenario-choice">
                    <input type="radio" name="scenario" value=${sc.id} .checked=${s.chosen === sc.id} @change=${() => a.choose(sc.id)} />
                    <span class="scenario-title">${sc.title}</span>
                    <span class="scenario-meta"
                      >${t("landing.create.meta", {
                        delegations: sc.delegations,
                        rounds: sc.rounds,
                        minutes: sc.durationMinutes,
                        rule: sc.decisionRule,
                      })}</span
                    >
                    <span class="scenario-summary">${sc.summary}</span>
                  </label>`,
                )}
              </fieldset>
              ${s.createError ? html`<p class="error" role="alert">${s.createError}</p>` : nothing}
              <button type="submit" class="primary" ?disabled=${s.busy || !s.chosen}>${t("landing.create.submit")}</button>
            </form>`}
      </section>
      <section class="card" aria-labelledby="join-heading">
        <h2 id="join-heading">${t("landing.join.heading")}</h2>
        <form @submit=${(e: Event) => a.join(e, false)}>
          <label>${t("landing.join.code")} <input name="code" autocomplete="off" autocapitalize="characters" maxlength="12" required /></label>
          <label>${t("landing.join.name")} <input name="name" autocomplete="nickname" maxlength="40" /></label>
          ${s.joinError ? html`<p id="join-error" class="error" role="alert" tabindex="-1">${s.joinError}</p>` : nothing}
          <div class="row">
            <button type="submit" class="primary">${t("landing.join.submit")}</button>
            <button type="button" @click=${(e: Event) => a.join(e, true)}>${t("landing.join.watch")}</button>
          </div>
        </form>
      </section>
    </main>
  `;
}
