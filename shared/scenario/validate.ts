// Checks a schema cannot express: every id a scenario mentions must exist, ids must be unique.
import type { Scenario } from "./schema.ts";

export type CrossIssue = { readonly path: readonly PropertyKey[]; readonly message: string };

export function crossReferenceIssues(s: Scenario): CrossIssue[] {
  const issues: CrossIssue[] = [];
  const seatIds = new Set<string>();
  const seen = new Map<string, string>();
  const unique = (id: string, path: PropertyKey[], what: string) => {
    const before = seen.get(id);
    if (before) issues.push({ path, message: `"${id}" is already used by ${before}; every id in a scenario must be unique` });
    else seen.set(id, what);
  };
  s.delegations.forEach((d, i) => {
    unique(d.id, ["delegations", i, "id"], `delegations[${i}]`);
    seatIds.add(d.id);
  });
  s.observers.forEach((o, i) => {
    unique(o.id, ["observers", i, "id"], `observers[${i}]`);
    seatIds.add(o.id);
  });
  s.actors.forEach((a, i) => unique(a.id, ["actors", i, "id"], `actors[${i}]`));
  const actorIds = new Set([...seatIds, ...s.actors.map((a) => a.id)]);
  const normIds = new Set(s.norms.map((n) => n.id));
  s.norms.forEach((n, i) => unique(n.id, ["norms", i, "id"], `norms[${i}]`));
  const injectIds = new Set(s.injects.map((x) => x.id));
  s.injects.forEach((inj, i) => {
    unique(inj.id, ["injects", i, "id"], `injects[${i}]`);
    inj.victims.forEach((v, j) => {
      if (!seatIds.has(v)) issues.push({ path: ["injects", i, "victims", j], message: `"${v}" is not a delegation or observer in this scenario` });
    });
    inj.norms.forEach((n, j) => {
      if (!normIds.has(n)) issues.push({ path: ["injects", i, "norms", j], message: `"${n}" is not a norm in this scenario's catalogue` });
    });
    if (!actorIds.has(inj.truth.perpetrator)) {
      issues.push({ path: ["injects", i, "truth", "perpetrator"], message: `"${inj.truth.perpetrator}" is not a delegation or actor in this scenario` });
    }
    inj.evidence.forEach((e, j) => {
      unique(e.id, ["injects", i, "evidence", j, "id"], `injects[${i}].evidence[${j}]`);
      if (e.pointsTo !== undefined && !actorIds.has(e.pointsTo)) {
        issues.push({ path: ["injects", i, "evidence", j, "pointsTo"], message: `"${e.pointsTo}" is not a delegation or actor in this scenario` });
      }
      if (e.visibility.kind === "private") {
        e.visibility.to.forEach((t, k) => {
          if (!seatIds.has(t)) issues.push({ path: ["injects", i, "evidence", j, "visibility", "to", k], message: `"${t}" is not a delegation or observer in this scenario` });
        });
      }
    });
  });
  s.rounds.forEach((r, i) =>
    r.injects.forEach((x, j) => {
      if (!injectIds.has(x)) issues.push({ path: ["rounds", i, "injects", j], message: `"${x}" is not an inject in this scenario` });
    }),
  );
  if (s.players.min > s.players.max) issues.push({ path: ["players", "min"], message: `the minimum (${s.players.min}) is larger than the maximum (${s.players.max})` });
  return issues;
}
