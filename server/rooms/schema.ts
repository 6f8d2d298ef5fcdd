// The Colyseus state: only the public header of a session, which changes rarely (the number of
// actions is in the views, so that a busy session does not patch this header every tick). Everything a viewer may read
// reaches them through their own view (view-sync.ts); this schema holds nothing private.
import { schema, t, type SchemaType } from "@colyseus/schema";

export const ForumState = schema(
  {
    code: t.string().default(""),
    stage: t.string().default("lobby"),
    round: t.number().default(0),
    deadline: t.number().default(0),
    connected: t.number().default(0),
  },
  "ForumState",
);
export type ForumState = SchemaType<typeof ForumState>;
