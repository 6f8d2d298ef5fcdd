// Plain-English names of the crisis actions, for rule messages.
export const CRISIS_ACTION_LABELS = {
  "inject.fire": "firing an inject",
  "inject.write": "writing an inject",
  "evidence.investigate": "investigating",
  "evidence.share": "sharing evidence",
  "evidence.publish": "publishing evidence",
  "report.publish": "publishing a technical report",
  "attribution.make": "making an attribution statement",
  "attribution.answer": "answering an invitation to co-sign",
  "attribution.publish": "publishing a joint statement",
  "pledge.make": "making a pledge",
  "pledge.join": "joining a pledge",
  "practice.choose": "choosing your state practice",
} as const;
