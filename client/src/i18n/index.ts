// The one way UI code gets text: t(key, values). The language can change at any time; it is
// remembered in localStorage. Numbers, dates and durations go through Intl.
import type { ErrorCode } from "../../../shared/protocol/errors.ts";
import { en, type MessageKey } from "./en.ts";
import { fr } from "./fr.ts";

export const LOCALES = { en, fr } as const;
export type Locale = keyof typeof LOCALES;
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français" };
const STORAGE_KEY = "normcraft:locale";

function initialLocale(): Locale {
  const stored = typeof localStorage === "undefined" ? null : localStorage.getItem(STORAGE_KEY);
  if (stored === "en" || stored === "fr") return stored;
  const nav = typeof navigator === "undefined" ? "en" : navigator.language.slice(0, 2);
  return nav === "fr" ? "fr" : "en";
}

let locale: Locale = initialLocale();
const listeners = new Set<() => void>();

export function currentLocale(): Locale {
  return locale;
}

export function setLocale(next: Locale): void {
  if (next === locale) return;
  locale = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  for (const l of listeners) l();
}

/** Calls `listener` whenever the language changes; returns an unsubscribe function. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  const text: string = LOCALES[locale][key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values[name];
    return v === undefined ? `{${name}}` : typeof v === "number" ? formatNumber(v) : v;
  });
}

/** A key built at run time (e.g. `stage.${stage}`); falls back to `fallback` when the catalogue lacks it. */
export function tk(key: string, fallback: string, values: Record<string, string | number> = {}): string {
  return key in en ? t(key as MessageKey, values) : fallback;
}

/** A count with its noun in the right plural form: keys `${base}.one` and `${base}.other`, each with {count}. */
export function plural(base: "count.delegations" | "count.observers" | "count.rounds", count: number): string {
  const form = new Intl.PluralRules(locale).select(count) === "one" ? "one" : "other";
  return t(`${base}.${form}`, { count });
}

/** The separator before a colon's explanation: French puts a (narrow no-break) space before it. */
export function colon(): string {
  return locale === "fr" ? "\u202f: " : ": ";
}

export function formatNumber(n: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(locale, options).format(n);
}

export function formatPercent(fraction: number): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}

export function formatTime(ms: number): string {
  return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" }).format(new Date(ms));
}

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${formatNumber(m)}:${String(s).padStart(2, "0")}`;
}

/** A readable sentence for the server's rejection: the English server message is the most specific,
 * other languages translate the stable code, and an unknown code falls back to the server message. */
export function errorText(code: string, message: string): string {
  if (locale === "en" && message) return message;
  const key = `error.${code}`;
  return key in en ? t(key as MessageKey) : message || code;
}

export type { ErrorCode, MessageKey };
