import { h } from './dom';

/**
 * A polite live region for what others change. Messages that come close together are said once, as a summary, so a
 * busy room does not flood a screen reader: one message is said as it is, several as `summary(n)`.
 */
export class Announcer {
  readonly element = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  private queued: string[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly summary: (n: number) => string, private readonly delayMs = 1500) {}

  say(message: string): void {
    this.queued.push(message);
    this.timer ??= setTimeout(() => this.flush(), this.delayMs);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  private flush(): void {
    this.timer = null;
    const messages = this.queued;
    this.queued = [];
    this.element.textContent = messages.length === 1 ? messages[0] ?? '' : this.summary(messages.length);
  }
}
