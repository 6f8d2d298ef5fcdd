// Records every byte each websocket receives, by wrapping the global WebSocket class that the
// Colyseus SDK uses. Secrecy tests read these raw bytes, not decoded views. The SDK captures
// the WebSocket class when it is first imported, so import `wire` from this module before
// anything that imports the SDK.
import { unpack } from "msgpackr";
export class WireRecorder {
  readonly #chunks = new Map<string, Uint8Array[]>();
  #label = "unlabelled";
  #original: typeof WebSocket | undefined;

  install(): void {
    const original = globalThis.WebSocket;
    this.#original = original;
    const recorder = this;
    globalThis.WebSocket = class RecordingWebSocket extends original {
      constructor(...args: ConstructorParameters<typeof WebSocket>) {
        super(...args);
        const label = recorder.#label;
        this.addEventListener("message", (event: MessageEvent) => recorder.#record(label, event.data));
      }
    } as typeof WebSocket;
  }

  uninstall(): void {
    if (this.#original) globalThis.WebSocket = this.#original;
  }

  /** Sockets opened from now on are recorded under this label. */
  label(name: string): void {
    this.#label = name;
  }

  #record(label: string, data: unknown): void {
    const bytes =
      data instanceof ArrayBuffer ? new Uint8Array(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new TextEncoder().encode(String(data));
    let list = this.#chunks.get(label);
    if (!list) this.#chunks.set(label, (list = []));
    list.push(bytes.slice());
  }

  /** Everything a label received, as one buffer. */
  bytes(label: string): Buffer {
    return Buffer.concat(this.#chunks.get(label) ?? []);
  }

  /** Every frame a label received, in order. */
  frames(label: string): readonly Uint8Array[] {
    return this.#chunks.get(label) ?? [];
  }

  /** Total bytes received per label. */
  sizes(): Record<string, number> {
    return Object.fromEntries([...this.#chunks].map(([k, v]) => [k, v.reduce((n, c) => n + c.byteLength, 0)]));
  }

  /** Which of `markers` appear anywhere in what `label` received (UTF-8, as msgpack stores strings). */
  leaks(label: string, markers: readonly string[]): string[] {
    const all = this.bytes(label);
    return markers.filter((m) => all.includes(Buffer.from(m, "utf8")));
  }
}

/** The recorder, installed as soon as this module loads. */
export const wire = new WireRecorder();
wire.install();

const ROOM_DATA = 13;

/** A Colyseus room message frame as its type and msgpack body; null for other frames. */
export function decodeFrame(frame: Uint8Array): { type: string; body: unknown; bytes: string } | null {
  if (frame[0] !== ROOM_DATA || frame.length < 2) return null;
  const length = (frame[1] ?? 0) & 0x1f;
  const type = Buffer.from(frame.subarray(2, 2 + length)).toString();
  return { type, body: unpack(frame.subarray(2 + length)), bytes: Buffer.from(frame).toString("base64") };
}
