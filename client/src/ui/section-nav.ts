// "Jump to" links at the top of a long page (a phone, a keyboard): one per panel on show now.
import { html, nothing } from "lit-html";
import { t, type MessageKey } from "../i18n/index.ts";
import { jumpTo } from "./session-header.ts";

export function sectionNav(sections: [id: string, label: MessageKey, shown: boolean][]) {
  const shown = sections.filter(([, , on]) => on);
  if (shown.length < 3) return nothing;
  return html`<nav class="section-nav" aria-label=${t("nav.sections")}>
    <ul>${shown.map(([id, label]) => html`<li><a href=${`#${id}`} @click=${(e: Event) => jumpTo(e, id)}>${t(label)}</a></li>`)}</ul>
  </nav>`;
}

