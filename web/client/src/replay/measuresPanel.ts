import { figuresView } from '../cohesion/figuresView';
import { say } from '../cohesion/text';
import { isStaffView, type CohesionSummary, type CohesionView } from '../cohesion/types';
import { h, setText } from '../ui/dom';

/** How long the step must stay still before its measures are asked for: scrubbing asks once, at the end. */
const settleMs = 250;

/**
 * The cohesion measures at the replay's current step (the server computes them at any seq). Only the last step asked
 * for is fetched: moves made while one request is out wait for it and then ask once for where the replay is.
 */
export class MeasuresPanel {
  readonly element: HTMLElement;
  private readonly heading = h('h2', { id: 'replay-measures-heading' });
  private readonly body = h('div', { class: 'replay-measures-body', 'aria-live': 'polite' });
  private wanted = 0;
  private shown = -1;
  private busy = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;

  constructor(
    private readonly load: (seq: number) => Promise<CohesionView | CohesionSummary>,
    private readonly onError: (error: unknown) => void,
  ) {
    this.element = h(
      'section',
      { class: 'replay-measures', 'aria-labelledby': 'replay-measures-heading' },
      this.heading,
      this.body,
    );
  }

  show(seq: number): void {
    this.wanted = seq;
    setText(this.heading, say('measuresAt', { seq }));
    if (this.shown === seq) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.fetch();
    }, settleMs);
  }

  relocalize(): void {
    setText(this.heading, say('measuresAt', { seq: this.wanted }));
    if (this.shown < 0) return;
    this.shown = -1;
    void this.fetch();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
  }

  private async fetch(): Promise<void> {
    if (this.busy || this.disposed) return;
    this.busy = true;
    try {
      while (!this.disposed && this.shown !== this.wanted) {
        const seq = this.wanted;
        if (!this.body.firstChild) this.body.replaceChildren(h('p', { 'aria-busy': 'true' }, say('measuresLoading')));
        const reply = await this.load(seq);
        if (this.disposed) return;
        const figures = isStaffView(reply)
          ? figuresView(
              reply.report,
              { interactions: reply.report.anonymousInteractions, contributions: reply.report.anonymousContributions },
              reply.report.continuityK,
            )
          : figuresView(reply);
        figures.dataset.seq = String(seq);
        this.body.replaceChildren(figures);
        this.shown = seq;
      }
    } catch (error) {
      this.onError(error);
    } finally {
      this.busy = false;
    }
  }
}
