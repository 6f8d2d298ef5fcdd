// The crisis handlers, merged into HANDLERS by index.ts.
import { attributionAnswer, attributionMake, attributionPublish } from "./attribution.ts";
import { evidenceInvestigate, evidencePublish, evidenceShare, reportPublish } from "./evidence.ts";
import { injectFire, injectWrite } from "./injects.ts";
import { pledgeJoin, pledgeMake } from "./pledges.ts";
import { practiceChoose } from "./practice.ts";

export const CRISIS_HANDLERS = {
  "inject.fire": injectFire,
  "inject.write": injectWrite,
  "evidence.investigate": evidenceInvestigate,
  "evidence.share": evidenceShare,
  "evidence.publish": evidencePublish,
  "report.publish": reportPublish,
  "attribution.make": attributionMake,
  "attribution.answer": attributionAnswer,
  "attribution.publish": attributionPublish,
  "pledge.make": pledgeMake,
  "pledge.join": pledgeJoin,
  "practice.choose": practiceChoose,
} as const;
