// Names of the room messages. Kept apart from the zod schemas so the client can import
// them without bundling zod.
export const MESSAGE_TYPES = {
  intent: "intent",
  welcome: "welcome",
  viewSnapshot: "view",
  viewPatch: "view.patch",
  resync: "view.resync",
} as const;
