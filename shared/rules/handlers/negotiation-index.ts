// Handlers of the session-running and negotiation actions, joined into HANDLERS by index.ts.
// The mapped type makes a missing handler a compile error.
import type { Action } from "../../protocol/actions.ts";
import type { NegotiationActionType } from "../../protocol/actions-negotiation.ts";
import type { Handler } from "../engine.ts";
import { amendmentAnswer, amendmentPropose, amendmentWithdraw } from "./amendments.ts";
import { chairBroadcast, chairMute, chairPromote, chairRemove, chairReassign } from "./chair.ts";
import { voteExplain } from "./explanations.ts";
import { floorConfigure, floorExpire, floorGive, floorNext, floorRequest, floorWithdraw, floorYield, replyRequest } from "./floor.ts";
import { messageBackChannel, messagePublic, messageTeam } from "./messages.ts";
import { orderRaise, orderRule } from "./points-of-order.ts";
import { proposalCosponsor } from "./proposals.ts";
import { phaseExtend, sessionConfigure, sessionEnd, sessionPause, sessionResume } from "./session-control.ts";
import { pollAnswer, pollCall, pollClose } from "./straw-polls.ts";
import { silenceExpire } from "./voting.ts";

export const NEGOTIATION_HANDLERS: { readonly [T in NegotiationActionType]: Handler<Extract<Action, { type: T }>> } = {
  "session.pause": sessionPause,
  "session.resume": sessionResume,
  "session.end": sessionEnd,
  "session.configure": sessionConfigure,
  "phase.extend": phaseExtend,
  "floor.request": floorRequest,
  "floor.withdraw": floorWithdraw,
  "floor.yield": floorYield,
  "floor.give": floorGive,
  "floor.next": floorNext,
  "floor.configure": floorConfigure,
  "floor.expire": floorExpire,
  "reply.request": replyRequest,
  "chair.mute": chairMute,
  "chair.reassign": chairReassign,
  "chair.promote": chairPromote,
  "chair.remove": chairRemove,
  "chair.broadcast": chairBroadcast,
  "message.public": messagePublic,
  "message.team": messageTeam,
  "message.back-channel": messageBackChannel,
  "proposal.cosponsor": proposalCosponsor,
  "amendment.propose": amendmentPropose,
  "amendment.answer": amendmentAnswer,
  "amendment.withdraw": amendmentWithdraw,
  "vote.explain": voteExplain,
  "silence.expire": silenceExpire,
  "poll.call": pollCall,
  "poll.answer": pollAnswer,
  "poll.close": pollClose,
  "order.raise": orderRaise,
  "order.rule": orderRule,
};
