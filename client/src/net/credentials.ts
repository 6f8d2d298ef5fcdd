// What this browser remembers per session: the facilitator key or the player's seat token.
const key = (code: string, what: "key" | "token") => `normcraft:${code}:${what}`;

export const credentials = {
  facilitatorKey: (code: string) => localStorage.getItem(key(code, "key")),
  saveFacilitatorKey: (code: string, value: string) => localStorage.setItem(key(code, "key"), value),
  seatToken: (code: string) => localStorage.getItem(key(code, "token")),
  saveSeatToken: (code: string, value: string) => localStorage.setItem(key(code, "token"), value),
  forgetSeatToken: (code: string) => localStorage.removeItem(key(code, "token")),
};
