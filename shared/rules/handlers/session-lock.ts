// Locking a session: once a class is seated, the facilitator can stop anyone else joining.
import type { z } from "zod";
import type { SessionLock } from "../../protocol/actions.ts";
import { ruleError } from "../../protocol/errors.ts";
import type { Handler } from "../engine.ts";

export const sessionLock: Handler<z.infer<typeof SessionLock>> = (draft, action, _ctx, emit) => {
  if (draft.locked === action.locked) return ruleError("rule/invalid-target", `The session is already ${action.locked ? "locked" : "open"}.`);
  draft.locked = action.locked;
  emit({ type: "session.locked", locked: action.locked });
};
