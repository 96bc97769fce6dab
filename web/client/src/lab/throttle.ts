/**
 * Passes on at most one value per `intervalMs`: the first at once, then the latest one at the end of the interval
 * (values in between are replaced, never queued), so the receiver always ends on the newest.
 */
export class Throttle<T> {
  private last = -Infinity;
  private waiting: { value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly intervalMs: number,
    private readonly send: (value: T) => void,
    private readonly clock: () => number = () => Date.now(),
    private readonly schedule: (action: () => void, ms: number) => ReturnType<typeof setTimeout> = (action, ms) =>
      setTimeout(action, ms),
  ) {}

  push(value: T): void {
    const wait = this.last + this.intervalMs - this.clock();
    if (wait <= 0 && this.timer === null) {
      this.emit(value);
      return;
    }
    this.waiting = { value };
    this.timer ??= this.schedule(
      () => {
        this.timer = null;
        const waiting = this.waiting;
        this.waiting = null;
        if (waiting) this.emit(waiting.value);
      },
      Math.max(0, wait),
    );
  }

  private emit(value: T): void {
    this.last = this.clock();
    this.send(value);
  }
}
