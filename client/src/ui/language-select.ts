// The language selector shown on every page; the choice is remembered in localStorage.
import { html } from "lit-html";
import { currentLocale, LOCALE_NAMES, LOCALES, setLocale, t, type Locale } from "../i18n/index.ts";

export function languageSelect() {
  return html`<label class="language">
    <span>${t("common.language")}</span>
    <select data-testid="language" @change=${(e: Event) => setLocale((e.target as HTMLSelectElement).value as Locale)}>
      ${(Object.keys(LOCALES) as Locale[]).map(
        (l) => html`<option value=${l} lang=${l} ?selected=${l === currentLocale()}>${LOCALE_NAMES[l]}</option>`,
      )}
    </select>
  </label>`;
}
