// The Colyseus state: only the public header of a session. Everything a viewer may read
// reaches them through their own view (view-sync.ts); this schema holds nothing private.
import { schema, t, type SchemaType } from "@colyseus/schema";

export const ForumState = schema(
  {
    code: t.string().default(""),
    stage: t.string().default("lobby"),
    round: t.number().default(0),
    deadline: t.number().default(0),
    actions: t.number().default(0),
    connected: t.number().default(0),
  },
  "ForumState",
);
export type ForumState = SchemaType<typeof ForumState>;
