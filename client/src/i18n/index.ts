// The one way UI code gets text: t(key, values). Numbers and dates go through Intl.
import { en, type MessageKey } from "./en.ts";

const catalog: Record<MessageKey, string> = en;
const locale = "en";

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return catalog[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values[name];
    return v === undefined ? `{${name}}` : typeof v === "number" ? new Intl.NumberFormat(locale).format(v) : v;
  });
}

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

export type { MessageKey };
