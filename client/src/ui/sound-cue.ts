// The projector's optional sound cue at the end of a phase: off unless the facilitator turns it
// on from the console (kept in this browser, so a projector tab opened from the console follows
// it at once; `?sound=on` in the projector's address does the same on another machine). Two soft
// tones made with Web Audio: no file, nothing to download.
export const soundKey = (code: string) => `normcraft:${code}:projector-sound`;

export function soundEnabled(code: string): boolean {
  const param = new URLSearchParams(location.search).get("sound");
  if (param === "on" || param === "off") return param === "on";
  return localStorage.getItem(soundKey(code)) === "on";
}

export function setSoundEnabled(code: string, on: boolean): void {
  localStorage.setItem(soundKey(code), on ? "on" : "off");
}

export function soundCue(code: string): { play(): void } {
  let audio: AudioContext | null = null;
  const context = () => (audio ??= new AudioContext());
  // Browsers let a page make sound only after someone has clicked it once.
  document.addEventListener("pointerdown", () => void context().resume(), { once: true });
  return {
    play() {
      if (!soundEnabled(code)) return;
      const ctx = context();
      void ctx.resume();
      const start = ctx.currentTime + 0.05;
      [660, 880].forEach((hz, i) => {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.frequency.value = hz;
        gain.gain.setValueAtTime(0.0001, start + i * 0.35);
        gain.gain.exponentialRampToValueAtTime(0.25, start + i * 0.35 + 0.03);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.35 + 0.6);
        osc.connect(gain).connect(ctx.destination);
        osc.start(start + i * 0.35);
        osc.stop(start + i * 0.35 + 0.65);
      });
      document.body.dataset.cues = String(Number(document.body.dataset.cues ?? "0") + 1);
      document.body.dataset.audio = ctx.state;
    },
  };
}
