// What an adopted proposal does: a norm from the catalogue becomes adopted with its adherents,
// a confidence-building measure is established, a statement stands on the record. What happens
// to a norm afterwards (strength, stage) is the norm-dynamics rules' business.
import type { Draft } from "immer";
import { RULES } from "./constants.ts";
import type { Emit } from "./engine.ts";
import type { GameState, Proposal } from "./state.ts";

export function adoptProposal(draft: Draft<GameState>, proposal: Draft<Proposal>, emit: Emit): void {
  // An observer's text binds no one: it is on the record, nothing more.
  if (!proposal.binding) return;
  const subject = proposal.subject;
  switch (subject.kind) {
    case "norm-adoption":
      adoptNorm(draft, proposal, subject.norm, emit);
      return;
    case "cbm":
      establishCbm(draft, proposal, subject.cbm, emit);
      return;
    case "statement":
      return;
  }
}

/** Delegations that voted yes or kept silent under the silence procedure. */
function supporters(draft: Draft<GameState>, proposal: Draft<Proposal>): string[] {
  const yes = proposal.ballots.filter((b) => b.choice === "yes").map((b) => b.seat);
  return [...yes, ...proposal.silent].filter((s) => draft.seats[s]?.kind === "delegation");
}

function adoptNorm(draft: Draft<GameState>, proposal: Draft<Proposal>, id: string, emit: Emit): void {
  const norm = draft.norms[id];
  if (!norm) return;
  const adherents = supporters(draft, proposal).filter((s) => !proposal.dissociated.includes(s));
  if (norm.adopted) {
    // A second text on an adopted norm binds its new supporters; the first text stands.
    for (const s of adherents) if (!norm.adherents.includes(s)) norm.adherents.push(s);
    for (const s of proposal.dissociated) if (!norm.dissociated.includes(s) && !norm.adherents.includes(s)) norm.dissociated.push(s);
  } else {
    norm.adopted = true;
    norm.adoptedRound = draft.round;
    norm.text = proposal.text;
    norm.sponsors = [proposal.sponsor, ...proposal.cosponsors];
    norm.adherents = adherents;
    norm.dissociated = [...proposal.dissociated];
    norm.stage = "emergence";
    norm.strength = RULES.adoptedNormStrength;
  }
  emit({ type: "norm.adopted", norm: id, proposal: proposal.id, adherents, dissociated: [...proposal.dissociated] });
}

function establishCbm(draft: Draft<GameState>, proposal: Draft<Proposal>, id: string, emit: Emit): void {
  const cbm = draft.cbms[id];
  if (!cbm) return;
  const participants = supporters(draft, proposal);
  if (cbm.established) {
    for (const s of participants) if (!cbm.participants.includes(s)) cbm.participants.push(s);
  } else {
    cbm.established = true;
    cbm.round = draft.round;
    cbm.proposal = proposal.id;
    cbm.sponsors = [proposal.sponsor, ...proposal.cosponsors];
    cbm.participants = participants;
  }
  emit({ type: "cbm.established", cbm: id, proposal: proposal.id, participants });
}
