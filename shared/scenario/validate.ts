// Checks a schema cannot express: every id a scenario mentions must exist, ids must be unique,
// the round plan must hang together. They read the data tolerantly (anything of the wrong shape
// is skipped, the schema reports it), so a file with shape errors still gets these checks too
// and the author sees every problem at once.
import type { IssuePath } from "./issue.ts";
import { didYouMean } from "./suggest.ts";

export type CrossIssue = { readonly path: IssuePath; readonly message: string };

type Rec = Readonly<Record<string, unknown>>;
const isRec = (x: unknown): x is Rec => typeof x === "object" && x !== null && !Array.isArray(x);
const list = (x: unknown, key: string): readonly unknown[] => {
  const v = isRec(x) ? x[key] : undefined;
  return Array.isArray(v) ? v : [];
};
const str = (x: unknown, key: string): string | undefined => {
  const v = isRec(x) ? x[key] : undefined;
  return typeof v === "string" ? v : undefined;
};
const num = (x: unknown, key: string): number | undefined => {
  const v = isRec(x) ? x[key] : undefined;
  return typeof v === "number" ? v : undefined;
};
const ids = (items: readonly unknown[]): string[] => items.map((i) => str(i, "id")).filter((i): i is string => i !== undefined);

/** An id reference must name something of the right kind; the message lists what it could be. */
class Namespace {
  readonly what: string;
  readonly ids: ReadonlySet<string>;
  constructor(what: string, ids: ReadonlySet<string>) {
    this.what = what;
    this.ids = ids;
  }
  check(issues: CrossIssue[], path: IssuePath, ref: unknown): void {
    if (typeof ref !== "string" || this.ids.has(ref)) return;
    issues.push({ path, message: `"${ref}" is not ${this.what}${didYouMean(ref, [...this.ids])}` });
  }
}

export function crossReferenceIssues(scenario: unknown): CrossIssue[] {
  const issues: CrossIssue[] = [];
  const s = isRec(scenario) ? scenario : {};
  const delegations = list(s, "delegations");
  const observers = list(s, "observers");
  const actors = list(s, "actors");
  const norms = list(s, "norms");
  const cbms = list(s, "cbms");
  const injects = list(s, "injects");
  const rounds = list(s, "rounds");
  const blocs = list(s, "blocs");

  checkUniqueIds(s, issues);

  const seats = new Namespace("a delegation or observer in this scenario", new Set([...ids(delegations), ...ids(observers)]));
  const accusable = new Namespace("a delegation, observer or actor in this scenario", new Set([...seats.ids, ...ids(actors)]));
  const normNames = new Namespace("a norm in this scenario's catalogue", new Set(ids(norms)));
  const cbmNames = new Namespace("a confidence-building measure listed under cbms", new Set(ids(cbms)));
  const injectNames = new Namespace("an inject in this scenario", new Set(ids(injects)));
  const blocNames = new Namespace("a bloc listed under blocs", new Set(ids(blocs)));
  const roundCount = rounds.length;

  // the round in which each inject fires, and a scheduled-twice check
  const firesIn = new Map<string, number>();
  rounds.forEach((round, r) =>
    list(round, "injects").forEach((ref, j) => {
      const path = ["rounds", r, "injects", j];
      injectNames.check(issues, path, ref);
      if (typeof ref !== "string") return;
      const before = firesIn.get(ref);
      if (before !== undefined) issues.push({ path, message: `"${ref}" is already scheduled in round ${before}; an inject fires at most once` });
      else firesIn.set(ref, r + 1);
    }),
  );

  const checkSeat = (seat: unknown, path: IssuePath, kind: "delegations" | "observers") => {
    if (blocs.length > 0) list(seat, "blocs").forEach((b, j) => blocNames.check(issues, [...path, "blocs", j], b));
    const offense = num(isRec(seat) ? seat.capabilities : undefined, "offense");
    if (kind === "observers" && offense !== undefined && offense !== 0) {
      issues.push({ path: [...path, "capabilities", "offense"], message: `observers have no offensive options, so offense must be 0 (got ${offense})` });
    }
    const objectiveIds = new Set<string>();
    list(seat, "objectives").forEach((objective, j) => {
      const at = [...path, "objectives", j];
      const oid = str(objective, "id");
      if (oid !== undefined) {
        if (objectiveIds.has(oid)) issues.push({ path: [...at, "id"], message: `"${oid}" is already an objective of this seat` });
        objectiveIds.add(oid);
      }
      const goal = isRec(objective) ? objective.goal : undefined;
      const g = [...at, "goal"];
      if (isRec(goal) && "norm" in goal) normNames.check(issues, [...g, "norm"], goal.norm);
      if (isRec(goal) && "cbm" in goal) cbmNames.check(issues, [...g, "cbm"], goal.cbm);
      if (isRec(goal) && "inject" in goal) injectNames.check(issues, [...g, "inject"], goal.inject);
      if (isRec(goal) && "accused" in goal) accusable.check(issues, [...g, "accused"], goal.accused);
      const signers = num(goal, "minSigners");
      if (signers !== undefined && delegations.length > 0 && signers > delegations.length) {
        issues.push({ path: [...g, "minSigners"], message: `asks for ${signers} signers but the scenario has only ${delegations.length} delegations` });
      }
    });
  };
  delegations.forEach((d, i) => checkSeat(d, ["delegations", i], "delegations"));
  observers.forEach((o, i) => checkSeat(o, ["observers", i], "observers"));

  const bestIntelligence = Math.max(
    -1,
    ...[...delegations, ...observers].map((d) => num(isRec(d) ? d.capabilities : undefined, "intelligence") ?? -1),
  );
  const checkRound = (value: number | undefined, path: IssuePath, fires: number | undefined, what: string) => {
    if (value === undefined) return;
    if (roundCount > 0 && value > roundCount) issues.push({ path, message: `${what} round ${value}, but the scenario has only ${roundCount} ${roundCount === 1 ? "round" : "rounds"}` });
    else if (fires !== undefined && value < fires) issues.push({ path, message: `${what} round ${value}, before the inject fires in round ${fires}` });
  };

  injects.forEach((inject, i) => {
    const at = ["injects", i];
    const fires = firesIn.get(str(inject, "id") ?? "");
    list(inject, "victims").forEach((v, j) => seats.check(issues, [...at, "victims", j], v));
    list(inject, "norms").forEach((n, j) => normNames.check(issues, [...at, "norms", j], n));
    const truth = isRec(inject) ? inject.truth : undefined;
    accusable.check(issues, [...at, "truth", "perpetrator"], isRec(truth) ? truth.perpetrator : undefined);
    checkRound(num(truth, "revealRound"), [...at, "truth", "revealRound"], fires, "the truth is revealed in");
    list(inject, "evidence").forEach((e, j) => {
      const ev = [...at, "evidence", j];
      if (isRec(e) && "pointsTo" in e) accusable.check(issues, [...ev, "pointsTo"], e.pointsTo);
      const visibility = isRec(e) ? e.visibility : undefined;
      if (str(visibility, "kind") === "private") list(visibility, "to").forEach((t, k) => seats.check(issues, [...ev, "visibility", "to", k], t));
      const minIntelligence = num(visibility, "minIntelligence");
      if (str(visibility, "kind") === "discoverable" && minIntelligence !== undefined && bestIntelligence >= 0 && minIntelligence > bestIntelligence) {
        issues.push({
          path: [...ev, "visibility", "minIntelligence"],
          message: `needs intelligence reach ${minIntelligence}, but no seat has more than ${bestIntelligence}, so nobody could ever uncover it`,
        });
      }
      checkRound(num(e, "releaseRound"), [...ev, "releaseRound"], fires, "the item is released in");
      const regrade = isRec(e) ? e.regrade : undefined;
      checkRound(num(regrade, "round"), [...ev, "regrade", "round"], fires, "the item is re-graded in");
    });
  });

  const forum = isRec(s.forum) ? s.forum : undefined;
  if (forum?.silenceProcedure === true && str(forum, "decisionRule") !== undefined && forum.decisionRule !== "consensus") {
    issues.push({ path: ["forum", "silenceProcedure"], message: `a silence procedure only works under consensus, but the decision rule is "${String(forum.decisionRule)}"` });
  }
  const players = isRec(s.players) ? s.players : undefined;
  const min = num(players, "min");
  const max = num(players, "max");
  if (min !== undefined && max !== undefined && min > max) {
    issues.push({ path: ["players", "min"], message: `the minimum (${min}) is larger than the maximum (${max})` });
  }
  return issues;
}

/** Delegations, observers, actors, blocs, norms, CBMs, injects and evidence share one set of ids. */
function checkUniqueIds(s: Rec, issues: CrossIssue[]): void {
  const seen = new Map<string, string>();
  const unique = (item: unknown, path: IssuePath, where: string) => {
    const id = str(item, "id");
    if (id === undefined) return;
    const before = seen.get(id);
    if (before) issues.push({ path: [...path, "id"], message: `"${id}" is already used by ${before}; every id in a scenario must be unique` });
    else seen.set(id, where);
  };
  for (const key of ["delegations", "observers", "actors", "blocs", "norms", "cbms", "injects"]) {
    list(s, key).forEach((item, i) => {
      unique(item, [key, i], `${key}[${i}]`);
      if (key === "injects") list(item, "evidence").forEach((e, j) => unique(e, [key, i, "evidence", j], `${key}[${i}].evidence[${j}]`));
    });
  }
}
