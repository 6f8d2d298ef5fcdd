// Small inline SVG icons. Emoji and rare symbols render as empty boxes on machines without an
// emoji font (common on classroom PCs), so every pictogram is drawn here. Icons are decorative
// (aria-hidden): the text beside them says the same thing.
import { svg, html } from "lit-html";

const PATHS = {
  bot: svg`<rect x="4" y="7" width="16" height="12" rx="3"/><circle cx="9" cy="13" r="1.6" fill="currentColor" stroke="none"/><circle cx="15" cy="13" r="1.6" fill="currentColor" stroke="none"/><path d="M12 7V4m-2 0h4M2 12v3m20-3v3"/>`,
  microphone: svg`<rect x="9" y="3" width="6" height="11" rx="3"/><path d="M5 11a7 7 0 0 0 14 0M12 18v3m-3 0h6"/>`,
  pause: svg`<rect x="6" y="5" width="4" height="14" rx="1" fill="currentColor"/><rect x="14" y="5" width="4" height="14" rx="1" fill="currentColor"/>`,
  check: svg`<path d="M4 12.5l5 5L20 6.5" stroke-width="3"/>`,
  cross: svg`<path d="M6 6l12 12M18 6L6 18" stroke-width="3"/>`,
  dash: svg`<path d="M5 12h14" stroke-width="3"/>`,
  warning: svg`<path d="M12 3l10 18H2z"/><path d="M12 10v5m0 3v.5" stroke-width="2.5"/>`,
  head: svg`<path d="M4 18h16l-1.5-9-4.5 4-2-6-2 6-4.5-4z" fill="currentColor"/>`,
  plug: svg`<path d="M9 3v5m6-5v5M6 8h12v3a6 6 0 0 1-12 0zM12 17v4"/>`,
  printer: svg`<path d="M7 9V3h10v6M7 17H4v-8h16v8h-3M7 14h10v7H7z"/>`,
  screen: svg`<rect x="3" y="4" width="18" height="12" rx="1"/><path d="M8 20h8m-4-4v4"/>`,
  sound: svg`<path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor"/><path d="M16 9a4 4 0 0 1 0 6m2-9a8 8 0 0 1 0 12"/>`,
} as const;

export type IconName = keyof typeof PATHS;

export function icon(name: IconName, className = "") {
  return html`<svg class="icon ${className}" viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${PATHS[name]}</svg>`;
}
