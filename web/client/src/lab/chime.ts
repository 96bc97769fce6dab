/**
 * A short two-note chime for the end of the timer, made with the Web Audio API (no sound file to fetch, nothing the
 * Content-Security-Policy has to allow). Browsers only play after the person has interacted with the page, which
 * anyone running or joining a lab has.
 */
export function chime(): void {
  const Context = window.AudioContext as typeof AudioContext | undefined;
  if (!Context) return;
  const audio = new Context();
  const notes: [number, number][] = [
    [880, 0],
    [660, 0.25],
  ];
  for (const [frequency, start] of notes) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, audio.currentTime + start);
    gain.gain.exponentialRampToValueAtTime(0.3, audio.currentTime + start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + start + 0.4);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(audio.currentTime + start);
    oscillator.stop(audio.currentTime + start + 0.45);
  }
  setTimeout(() => void audio.close().catch(() => undefined), 1_000);
}
