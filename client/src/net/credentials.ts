// What this browser remembers per session: the facilitator key or the player's seat token, and
// the facilitator's choice of bots for the seats still empty at the start.
const key = (code: string, what: "key" | "token" | "fill-bots") => `normcraft:${code}:${what}`;

export const credentials = {
  facilitatorKey: (code: string) => localStorage.getItem(key(code, "key")),
  saveFacilitatorKey: (code: string, value: string) => localStorage.setItem(key(code, "key"), value),
  seatToken: (code: string) => localStorage.getItem(key(code, "token")),
  saveSeatToken: (code: string, value: string) => localStorage.setItem(key(code, "token"), value),
  forgetSeatToken: (code: string) => localStorage.removeItem(key(code, "token")),
  /** The facilitator's wish, made when creating the session: bots take the seats still empty at the start. */
  fillBots: (code: string) => localStorage.getItem(key(code, "fill-bots")) === "on",
  saveFillBots: (code: string, on: boolean) => localStorage.setItem(key(code, "fill-bots"), on ? "on" : "off"),
};
