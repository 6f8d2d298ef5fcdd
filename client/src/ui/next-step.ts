// "Next": the one thing this viewer should do now, drawn from the view (its permissions and what
// waits for an answer), with the panel it happens in. Shown in the sticky header on every page.
import type { View } from "../../../shared/protocol/view.ts";
import { t, type MessageKey } from "../i18n/index.ts";
import { attentionCount } from "./attention-panel.ts";

export type NextStep = { text: string; target: string | null };

const step = (key: MessageKey, target: string | null, values: Record<string, string | number> = {}): NextStep => ({ text: t(key, values), target });

export function nextStep(v: View, now: number): NextStep | null {
  const stage = v.session.stage;
  if (stage === "ended") return step("next.debrief", "debrief-heading");
  if (v.me.kind === "facilitator") {
    const waiting = attentionCount(v, now);
    if (stage === "lobby") return v.can.start.ok ? step("next.chair.start", "chair-heading") : step("next.chair.seats", "seats-heading");
    if (waiting > 0) return step("next.chair.attention", "attention-heading", { count: waiting });
    return step("next.chair.advance", "chair-heading");
  }
  if (v.me.kind === "spectator") return null;
  const me = v.me;
  if (me.seat === null) return step("next.claim", "seats-heading");
  if (stage === "lobby") return step("next.wait", null);
  if (v.question !== null && v.can.vote.ok) return step("next.vote", "question-heading", { question: v.question });
  if (v.question !== null) return step(me.isHead ? "next.voted" : "next.headVotes", "question-heading");
  if (v.can.choosePractice.ok && v.crisis.myChoice === null) return step("next.practice", "practice-heading");
  const invited = v.crisis.statements.some((s) => s.status === "pending" && s.invitations.some((i) => i.seat === me.seat && i.accepted === null));
  if (invited && v.can.answerInvitation.ok) return step("next.cosign", "attribution-heading");
  const poll = v.negotiation.strawPolls.find((p) => p.open && !p.answers.some((a) => a.seat === me.seat));
  if (poll && v.can.answerPoll.ok) return step("next.poll", "polls-heading");
  switch (stage) {
    case "briefing":
      return step("next.briefing", "briefing-heading");
    case "investigation":
      return step("next.investigation", "evidence-heading");
    case "negotiation":
      return step(v.can.table.ok ? "next.negotiation" : "next.debate", "proposals-heading");
    case "state-practice":
      return step("next.practiceDone", "practice-heading");
    case "resolution":
      return step("next.report", "reports-heading");
    default:
      return step("next.debate", "floor-heading");
  }
}
