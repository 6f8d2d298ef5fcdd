// The session page for every role: header, chamber, and the panels the viewer's rights allow.
import { html, nothing, render } from "lit-html";
import type { IntentAction } from "../../../shared/protocol/actions.ts";
import type { Permission, View } from "../../../shared/protocol/view.ts";
import { formatDuration, t } from "../i18n/index.ts";
import { lookupSession } from "../net/api.ts";
import { Connection } from "../net/connection.ts";
import { credentials } from "../net/credentials.ts";
import { mountChamber, type Chamber } from "../scenes/mount.ts";
import { announce } from "./announcer.ts";
import { describeEvent, seatName } from "./describe.ts";

type PageState = { error: string; lastSeq: number; busy: boolean };

export async function showSession(root: HTMLElement, code: string, watch: boolean, go: (path: string) => void): Promise<void> {
  const conn = await connect(root, code, watch, go);
  if (!conn) return;
  const page: PageState = { error: "", lastSeq: 0, busy: false };
  let chamber: Chamber | null = null;

  const act = async (action: IntentAction) => {
    page.busy = true;
    const result = await conn.act(action);
    page.busy = false;
    page.error = result.ok ? "" : result.message;
    draw();
    if (!result.ok) announce(result.message);
    return result.ok;
  };

  const draw = () => {
    const v = conn.view;
    if (!v) return;
    render(sessionView(v, conn, page, act), root);
    const container = document.getElementById("chamber");
    if (container && !chamber) chamber = mountChamber(container);
    chamber?.update(v);
    const label = t("chamber.label", { seats: v.seats.map((s) => `${s.name} (${s.players.some((p) => p.connected) ? t("seats.connected") : t("seats.empty")})`).join(", ") });
    container?.setAttribute("aria-label", label);
  };

  conn.onChange(() => {
    const v = conn.view;
    if (conn.welcome?.token) credentials.saveSeatToken(code, conn.welcome.token);
    if (v) {
      const fresh = v.journal.filter((e) => e.seq > page.lastSeq);
      if (page.lastSeq > 0) for (const e of fresh) announce(describeEvent(v, e));
      page.lastSeq = Math.max(page.lastSeq, ...v.journal.map((e) => e.seq));
    }
    draw();
  });
  setInterval(draw, 1000);
  draw();
}

async function connect(root: HTMLElement, code: string, watch: boolean, go: (path: string) => void): Promise<Connection | null> {
  const key = credentials.facilitatorKey(code);
  const token = credentials.seatToken(code);
  const name = sessionStorage.getItem(`normcraft:${code}:name`);
  try {
    // The look-up reopens a session whose room closed while nobody was connected.
    const found = await lookupSession(code);
    if (!found.ok) throw new Error(found.error.message);
    if (key) return await Connection.join(code, { as: "facilitator", key });
    if (watch) return await Connection.join(code, { as: "spectator" });
    if (token) {
      try {
        return await Connection.join(code, { as: "returning", token });
      } catch {
        credentials.forgetSeatToken(code);
      }
    }
    if (name) return await Connection.join(code, { as: "player", name });
    go("/");
    return null;
  } catch (error) {
    render(
      html`<main id="main" class="landing"><section class="card"><p class="error" role="alert">${t("error.generic", { message: (error as Error).message })}</p>
        <button type="button" @click=${() => go("/")}>${t("app.title")}</button></section></main>`,
      root,
    );
    return null;
  }
}

type Act = (action: IntentAction) => Promise<boolean>;

function sessionView(v: View, conn: Connection, page: PageState, act: Act) {
  const s = v.session;
  const remaining = s.deadline === null ? null : s.deadline - (Date.now() + conn.clockOffset);
  return html`
    <header class="session-header">
      <div>
        <h1>${s.forum}</h1>
        <p class="scenario-title">${s.title}</p>
      </div>
      <dl class="status">
        <div><dt>${t("session.code", { code: "" }).trim()}</dt><dd class="room-code" data-testid="room-code">${conn.welcome?.code ?? ""}</dd></div>
        <div><dt>${s.stage === "lobby" || s.stage === "ended" ? t("session.lobby") : t("session.round", { round: s.round, rounds: s.rounds })}</dt>
          <dd data-testid="stage">${t(`stage.${s.stage}`)}</dd></div>
        ${remaining !== null ? html`<div><dt>${t("session.timer")}</dt><dd data-testid="timer">${t("session.remaining", { time: formatDuration(remaining) })}</dd></div>` : nothing}
        <div><dt class="visually-hidden">Connection</dt><dd class="connection ${conn.status}" data-testid="connection">${t(`session.connection.${conn.status}`)}
          ${conn.status === "closed" ? html`<button type="button" @click=${() => location.reload()}>${t("session.rejoin")}</button>` : nothing}</dd></div>
      </dl>
    </header>
    <main id="main" class="session">
      <p class="you" data-testid="you">${youAre(v)}</p>
      ${page.error ? html`<p class="error" role="alert" data-testid="error">${page.error}</p>` : nothing}
      <div class="layout">
        <div class="stage-area">
          <div id="chamber" class="chamber" role="img" aria-label=""></div>
          ${seatsPanel(v, act)}
        </div>
        <div class="panels">
          ${v.me.kind === "facilitator" ? chairPanel(v, act) : nothing}
          ${canPanel(v)}
          ${v.can.table.ok ? proposalForm(act) : nothing}
          ${proposalsPanel(v, act)}
          ${journalPanel(v)}
        </div>
      </div>
    </main>
  `;
}

function youAre(v: View): string {
  const me = v.me;
  if (me.kind === "facilitator") return t("session.you.facilitator");
  if (me.kind === "spectator") return t("session.you.spectator");
  if (!me.seat) return t("session.you.unseated", { name: me.name });
  return t(me.isHead ? "session.you.head" : "session.you.seated", { name: me.name, seat: seatName(v, me.seat) });
}

function seatsPanel(v: View, act: Act) {
  const canClaim = v.me.kind === "player" && v.me.seat === null;
  return html`<section class="card" aria-labelledby="seats-heading">
    <h2 id="seats-heading">${t("seats.heading")}</h2>
    <ul class="seats">
      ${v.seats.map(
        (seat) => html`<li class="seat" data-seat=${seat.id}>
          <span class="emblem ${seat.emblem.shape}" style="--emblem:${seat.emblem.colour}" aria-hidden="true"></span>
          <span class="seat-name">${seat.name}</span>
          <span class="seat-archetype">${seat.archetype}</span>
          <span class="seat-players">
            ${seat.players.length === 0
              ? t("seats.empty")
              : seat.players.map(
                  (p) => html`<span class="player ${p.connected ? "online" : "away"}"
                    >${p.name}${seat.head === p.name ? html` <small>(${t("seats.head")})</small>` : nothing}
                    <span class="visually-hidden">${p.connected ? t("seats.connected") : t("seats.away")}</span></span
                  >`,
                )}
          </span>
          ${canClaim && seat.kind === "delegation"
            ? html`<button type="button" data-testid=${`claim-${seat.id}`} @click=${() => act({ type: "seat.claim", seat: seat.id })}>
                ${t("seats.claim")}<span class="visually-hidden">: ${seat.name}</span>
              </button>`
            : nothing}
        </li>`,
      )}
    </ul>
    ${v.unseated.length > 0
      ? html`<p class="unseated">${t("seats.unseated")}: ${v.unseated.map((p) => p.name).join(", ")}</p>`
      : nothing}
  </section>`;
}

function chairPanel(v: View, act: Act) {
  return html`<section class="card" aria-labelledby="chair-heading">
    <h2 id="chair-heading">${t("chair.heading")}</h2>
    <div class="row">
      ${v.session.stage === "lobby"
        ? html`<button type="button" class="primary" data-testid="start" @click=${() => act({ type: "session.start" })}>${t("chair.start")}</button>`
        : html`<button type="button" data-testid="advance" ?disabled=${!v.can.advance.ok} @click=${() => act({ type: "phase.advance" })}>${t("chair.advance")}</button>`}
    </div>
  </section>`;
}

function canPanel(v: View) {
  if (v.me.kind === "spectator") return nothing;
  const items: [string, Permission][] = [
    [t("can.claimSeat"), v.can.claimSeat],
    [t("can.start"), v.can.start],
    [t("can.advance"), v.can.advance],
    [t("can.table"), v.can.table],
    [t("can.vote"), v.can.vote],
  ];
  const relevant = items.filter(([, p]) => p.ok || (p.code !== "role/not-allowed" && p.code !== "seat/already-seated"));
  return html`<section class="card" aria-labelledby="can-heading">
    <h2 id="can-heading">${t("can.heading")}</h2>
    <ul class="can" data-testid="can">
      ${relevant.map(
        ([label, p]) => html`<li class=${p.ok ? "yes" : "no"}>
          <span aria-hidden="true">${p.ok ? "✔" : "✖"}</span> ${label}${p.ok ? nothing : html` — <span class="reason">${p.message}</span>`}
        </li>`,
      )}
    </ul>
  </section>`;
}

function proposalForm(act: Act) {
  const submit = async (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const ok = await act({ type: "proposal.table", title: String(data.get("title") ?? ""), text: String(data.get("text") ?? "") });
    if (ok) form.reset();
  };
  return html`<section class="card" aria-labelledby="table-heading">
    <h2 id="table-heading">${t("proposal.heading")}</h2>
    <form @submit=${submit} data-testid="proposal-form">
      <label>${t("proposal.title")} <input name="title" maxlength="120" required /></label>
      <label>${t("proposal.text")} <textarea name="text" rows="4" maxlength="4000" required></textarea></label>
      <button type="submit" class="primary">${t("proposal.submit")}</button>
    </form>
  </section>`;
}

function proposalsPanel(v: View, act: Act) {
  const mySeat = v.me.kind === "player" ? v.me.seat : null;
  return html`<section class="card" aria-labelledby="proposals-heading">
    <h2 id="proposals-heading">${t("proposals.heading")}</h2>
    <p class="rule">${t(`vote.rule.${v.session.decisionRule}`)}</p>
    ${v.proposals.length === 0 ? html`<p>${t("proposals.none")}</p>` : nothing}
    <ol class="proposals">
      ${v.proposals.map((p) => {
        const mine = p.ballots.find((b) => b.seat === mySeat);
        return html`<li class="proposal ${p.status}" data-proposal=${p.id}>
          <h3>${p.id}: ${p.title} <span class="badge ${p.status}" data-testid=${`status-${p.id}`}>${t(`proposals.status.${p.status}`)}</span></h3>
          <p class="sponsor">${t("proposals.sponsor", { sponsor: seatName(v, p.sponsor) })}</p>
          <p class="text">${p.text}</p>
          ${p.ballots.length > 0
            ? html`<ul class="ballots">
                ${p.ballots.map((b) => html`<li>${seatName(v, b.seat)}: ${b.choice ? t(`vote.${b.choice}`) : t("vote.secret")}</li>`)}
              </ul>`
            : nothing}
          ${p.tally
            ? html`<p class="tally" data-testid=${`tally-${p.id}`}>
                ${t("vote.tally", { yes: p.tally.yes, no: p.tally.no, abstain: p.tally.abstain, present: p.tally.presentAndVoting, required: p.tally.required })}
              </p>`
            : nothing}
          ${p.status === "voting" && v.question === p.id && v.can.vote.ok
            ? html`<div class="row vote" role="group" aria-label=${`${t("can.vote")}: ${p.id}`}>
                ${(["yes", "no", "abstain"] as const).map(
                  (choice) => html`<button type="button" data-testid=${`vote-${choice}`} @click=${() => act({ type: "vote.cast", proposal: p.id, choice })}>
                    ${t(`vote.${choice}`)}
                  </button>`,
                )}
              </div>`
            : mine?.choice
              ? html`<p>${t("vote.cast", { choice: t(`vote.${mine.choice}`) })}</p>`
              : nothing}
        </li>`;
      })}
    </ol>
  </section>`;
}

function journalPanel(v: View) {
  return html`<section class="card" aria-labelledby="journal-heading">
    <h2 id="journal-heading">${t("journal.heading")}</h2>
    <ol class="journal" reversed data-testid="journal">
      ${[...v.journal].reverse().slice(0, 30).map((e) => html`<li>${describeEvent(v, e)}</li>`)}
    </ol>
  </section>`;
}
