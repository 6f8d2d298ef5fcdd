// Room codes, keys and tokens. Codes avoid look-alike characters so they can be read aloud
// and typed from a projector; keys and tokens are long random secrets stored only as hashes.
import { createHash, randomBytes, randomInt } from "node:crypto";

export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CODE_LENGTH = 6;

export function newRoomCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Accepts what people type, in upper or lower case, ignoring spaces and dashes. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

export const newSecret = (): string => randomBytes(24).toString("base64url");
export const newPlayerId = (): string => `p-${randomBytes(6).toString("base64url")}`;
export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");
