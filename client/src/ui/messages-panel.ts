// Messages: public statements, the chair's broadcasts, the delegation's team chat and the
// back channels, with a composer for each channel the viewer may write to.
import { html, nothing } from "lit-html";
import { LIMITS } from "../../../shared/protocol/limits.ts";
import type { View } from "../../../shared/protocol/view.ts";
import { formatTime, t } from "../i18n/index.ts";

type MessageView = View["negotiation"]["messages"]["public"][number];
import type { Ctx } from "./context.ts";
import { limitedField } from "./text-limit.ts";
import { reasonOf, relevant, submitForm } from "./controls.ts";
import { seatName } from "./describe.ts";
import { seatLabel } from "./seats-panel.ts";

function messageList(ctx: Ctx, messages: MessageView[], label: string, testid: string) {
  const v = ctx.view;
  if (messages.length === 0) return html`<p class="hint" data-testid=${testid}>${t("messages.none")}</p>`;
  return html`<ol class="messages" aria-label=${label} data-testid=${testid}>
    ${[...messages].reverse().map(
      (m) => html`<li class=${m.from === "chair" ? "from-chair" : ""}>
        <span class="meta">${m.from === "chair" ? html`<strong>${t("chair.name")}</strong>` : seatLabel(v, m.from)}${m.to ? html` → ${seatLabel(v, m.to)}` : nothing}
          · <time>${formatTime(m.at)}</time></span>
        <span class="body">${m.text}</span>
        ${m.names.length > 0 ? html`<span class="hint">${t("messages.names", { seats: m.names.map((s) => seatName(v, s)).join(", ") })}</span>` : nothing}
      </li>`,
    )}
  </ol>`;
}

export function publicMessages(ctx: Ctx) {
  return html`<section class="card" aria-labelledby="public-heading">
    <h2 id="public-heading">${t("messages.public")}</h2>
    ${messageList(ctx, ctx.view.negotiation.messages.public, t("messages.public"), "public-messages")}
  </section>`;
}

export function messagesPanel(ctx: Ctx) {
  const v = ctx.view;
  const n = v.negotiation;
  const c = v.can;
  const chair = v.me.kind === "facilitator";
  const others = v.seats.filter((s) => s.id !== ctx.mySeat);
  const to = ctx.ui.backChannelTo || others[0]?.id || "";
  const channels = [
    { id: "public" as const, label: t("messages.public"), p: c.speakPublic },
    { id: "team" as const, label: t("messages.team"), p: c.teamChat },
    { id: "back-channel" as const, label: t("messages.backChannel"), p: c.backChannel },
  ].filter((ch) => relevant(ch.p));
  const channel = channels.find((ch) => ch.id === ctx.ui.channel) ?? channels[0];
  return html`<section class="card" aria-labelledby="messages-heading" data-testid="messages">
    <h2 id="messages-heading">${t("messages.heading")}</h2>
    ${ctx.view.me.kind === "player" && ctx.view.me.muted ? html`<p class="badge warn">${t("messages.muted")}</p>` : nothing}
    ${channel
      ? html`<form class="composer" data-testid="composer" @submit=${submitForm(async (get) => {
          const text = get("text");
          if (channel.id === "public") return ctx.act({ type: "message.public", text });
          if (channel.id === "team") return ctx.act({ type: "message.team", text });
          return ctx.act({ type: "message.back-channel", to: get("to") || to, text });
        })}>
          <fieldset class="row channels">
            <legend>${t("messages.channel")}</legend>
            ${channels.map(
              (ch) => html`<label class="check"><input type="radio" name="channel" value=${ch.id} ?checked=${ch.id === channel.id} .checked=${ch.id === channel.id}
                @change=${() => { ctx.ui.channel = ch.id; ctx.redraw(); }} /> ${ch.label}</label>`,
            )}
          </fieldset>
          ${channel.id === "back-channel"
            ? html`<label for="back-channel-to">${t("messages.to")}</label>
                <select id="back-channel-to" name="to" @change=${(e: Event) => { ctx.ui.backChannelTo = (e.target as HTMLSelectElement).value; }}>
                  ${others.map((s) => html`<option value=${s.id} ?selected=${s.id === to}>${s.name}</option>`)}
                </select>`
            : nothing}
          ${limitedField({ label: t("messages.text"), name: "text", rows: 2, limit: LIMITS.messageText, required: true, testid: "message-text" })}
          <button type="submit" ?disabled=${!channel.p.ok} aria-describedby=${channel.p.ok ? nothing : "composer-reason"}>${t("messages.send")}</button>
          ${channel.p.ok ? nothing : html`<span class="reason" id="composer-reason">${reasonOf(channel.p)}</span>`}
        </form>`
      : nothing}
    ${v.me.kind === "player" || chair
      ? html`<h3>${t("messages.team")}</h3>${messageList(ctx, n.messages.team, t("messages.team"), "team-messages")}
          <h3>${t("messages.backChannel")}</h3>${messageList(ctx, n.messages.backChannel, t("messages.backChannel"), "back-messages")}`
      : nothing}
    <h3>${t("messages.public")}</h3>${messageList(ctx, n.messages.public, t("messages.public"), "public-messages")}
  </section>`;
}
