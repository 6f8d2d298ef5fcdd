// Why a join was refused travels as the error's message, "code: sentence", so that clients can
// translate the code and fall back to the server's sentence. (Colyseus carries only a message
// and an HTTP status with a refused join.)
import { ERROR_CODES, type ErrorCode } from "./errors.ts";

export function joinRefusal(code: ErrorCode, message: string): string {
  return `${code}: ${message}`;
}

export function parseJoinRefusal(text: string): { readonly code: ErrorCode | null; readonly message: string } {
  const m = /^([a-z]+\/[a-z-]+): ([\s\S]*)$/.exec(text);
  const code = m?.[1];
  if (m && code && (ERROR_CODES as readonly string[]).includes(code)) return { code: code as ErrorCode, message: m[2] ?? "" };
  return { code: null, message: text };
}
