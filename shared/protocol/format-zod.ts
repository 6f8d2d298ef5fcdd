// Turns a zod error into one readable sentence naming each field that failed.
import type { z } from "zod";

export function describeZodError(error: z.ZodError, root = ""): string {
  return error.issues
    .slice(0, 5)
    .map((i) => {
      const path = [root, ...i.path.map(String)].filter(Boolean).join(".");
      return path ? `${path}: ${i.message}` : i.message;
    })
    .join("; ");
}
