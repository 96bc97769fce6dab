import { h } from './dom';

/**
 * A polite live region for what others change. Messages that come close together are said once, as a summary, so a
 * busy room does not flood a screen reader: one message is said as it is, several as `summary(n)`. What was said leaves
 * the region after `keepMs`, so that nobody reading the page later meets a stale message, and the next message, even
 * the same words, is a change the screen reader announces.
 */
export class Announcer {
  readonly element = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  private queued: string[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private clearTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly summary: (n: number) => string,
    private readonly delayMs = 1500,
    private readonly keepMs = 5000,
  ) {}

  say(message: string): void {
    this.queued.push(message);
    this.timer ??= setTimeout(() => this.flush(), this.delayMs);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.clearTimer) clearTimeout(this.clearTimer);
  }

  private flush(): void {
    this.timer = null;
    const messages = this.queued;
    this.queued = [];
    this.element.textContent = messages.length === 1 ? (messages[0] ?? '') : this.summary(messages.length);
    if (this.clearTimer) clearTimeout(this.clearTimer);
    this.clearTimer = setTimeout(() => {
      this.clearTimer = null;
      this.element.textContent = '';
    }, this.keepMs);
  }
}
