// Who signed a statement: the initiator and every co-signer who accepted.
import type { Statement } from "./state.ts";

export function signersOf(s: Pick<Statement, "initiator" | "invitations">): string[] {
  return [s.initiator, ...s.invitations.filter((i) => i.accepted === true).map((i) => i.seat)];
}
