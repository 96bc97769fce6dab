import { localName, t } from '../i18n/i18n';
import type { Phase } from '../canvas/types';
import { h, setText } from '../ui/dom';
import type { Timeline } from './historyApi';

const svgNs = 'http://www.w3.org/2000/svg';
const width = 1000;
const height = 60;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
  return el;
}

/** Local time of day, with the date when the history spans more than one day. */
export function formatTime(iso: string | null | undefined, withDate = false): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = document.documentElement.lang === 'en' ? 'en-GB' : 'it-IT';
  return withDate
    ? date.toLocaleString(locale, {
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
    : date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/**
 * The lab's history along time: incontri as bands, phase changes as ticks, the activity density as bars, and where
 * the replay stands. The drawing is an image with a text summary; the same facts are a list of buttons below it,
 * which is how keyboard and screen-reader users jump to an incontro or a phase. A click on the drawing jumps too.
 */
export class TimelineView {
  readonly element: HTMLElement;
  private readonly drawing = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    preserveAspectRatio: 'none',
    class: 'replay-timeline-svg',
    role: 'img',
  });
  private readonly cursor = svg('line', { x1: 0, x2: 0, y1: 0, y2: height, class: 'replay-cursor' });
  private readonly markA = svg('line', { x1: 0, x2: 0, y1: 0, y2: height, class: 'replay-mark replay-mark-a' });
  private readonly markB = svg('line', { x1: 0, x2: 0, y1: 0, y2: height, class: 'replay-mark replay-mark-b' });
  private readonly summary = h('p', { id: 'replay-timeline-summary', class: 'replay-timeline-summary' });
  private readonly heading = h('h2', { id: 'replay-timeline-heading' });
  private readonly listHeading = h('summary');
  private readonly list = h('ul', { class: 'replay-jumps' });
  private readonly start: number;
  private readonly end: number;
  private phases: Phase[] = [];

  constructor(
    private readonly timeline: Timeline,
    private readonly jump: (seq: number) => void,
  ) {
    this.start = Date.parse(timeline.firstAt ?? '') || 0;
    this.end = Math.max(Date.parse(timeline.lastAt ?? '') || 0, this.start + 1);
    this.drawing.setAttribute('aria-labelledby', 'replay-timeline-summary');
    this.drawing.addEventListener('click', (event) => this.click(event));
    this.draw();
    this.element = h(
      'section',
      { class: 'replay-timeline', 'aria-labelledby': 'replay-timeline-heading' },
      this.heading,
      this.drawing,
      this.summary,
      h('details', { class: 'replay-jump-list' }, this.listHeading, this.list),
    );
  }

  /** Lane and phase names come from the canvas state (the timeline has only phase ids). */
  setPhases(phases: Phase[]): void {
    if (phases.length && phases !== this.phases) {
      this.phases = phases;
      this.relocalize();
    }
  }

  /** Moves the cursor and the marks to the times of those events. */
  update(at: string | null, markA: string | null, markB: string | null): void {
    this.place(this.cursor, at);
    this.place(this.markA, markA);
    this.place(this.markB, markB);
  }

  relocalize(): void {
    const tl = this.timeline;
    const withDate = new Date(this.start).toDateString() !== new Date(this.end).toDateString();
    setText(this.heading, t('replayTimeline'));
    setText(
      this.summary,
      t('replayTimelineSummary', {
        events: tl.lastSeq,
        from: formatTime(tl.firstAt, true),
        to: formatTime(tl.lastAt, true),
        meetings: tl.meetings.length,
        phases: tl.phases.length,
      }),
    );
    setText(this.listHeading, t('replayMeetings'));
    const items: HTMLLIElement[] = [];
    for (const meeting of tl.meetings) {
      const what = t('replayMeetingItem', {
        number: meeting.number,
        title: meeting.title,
        start: formatTime(meeting.startAt, withDate),
        end: meeting.endAt ? formatTime(meeting.endAt, withDate) : t('replayMeetingOpen'),
      });
      items.push(this.item(what, meeting.startSeq));
    }
    for (const change of tl.phases) {
      const phase = this.phases.find((p) => p.id === change.phase);
      items.push(
        this.item(
          t('replayPhaseItem', {
            phase: phase ? localName(phase) : change.phase,
            time: formatTime(change.at, withDate),
          }),
          change.seq,
        ),
      );
    }
    items.sort((a, b) => Number(a.dataset['seq']) - Number(b.dataset['seq']));
    this.list.replaceChildren(...items);
    for (const band of this.drawing.querySelectorAll('.replay-meeting')) {
      const number = Number(band.getAttribute('data-number'));
      const meeting = tl.meetings.find((m) => m.number === number);
      const title = band.querySelector('title');
      if (meeting && title) title.textContent = meeting.title;
    }
  }

  private item(what: string, seq: number): HTMLLIElement {
    return h(
      'li',
      { 'data-seq': seq },
      h('span', {}, what),
      ' ',
      h(
        'button',
        {
          type: 'button',
          class: 'replay-go',
          'aria-label': t('replayGoToLabel', { what }),
          onclick: () => this.jump(seq),
        },
        t('replayGoTo'),
      ),
    );
  }

  private x(iso: string | null): number {
    const time = Date.parse(iso ?? '');
    if (Number.isNaN(time)) return 0;
    return Math.max(0, Math.min(width, ((time - this.start) / (this.end - this.start)) * width));
  }

  private place(line: SVGLineElement, at: string | null): void {
    line.style.display = at ? '' : 'none';
    const x = this.x(at);
    line.setAttribute('x1', String(x));
    line.setAttribute('x2', String(x));
  }

  private draw(): void {
    const tl = this.timeline;
    const parts: SVGElement[] = [svg('rect', { x: 0, y: 0, width, height, class: 'replay-track' })];
    for (const meeting of tl.meetings) {
      const x = this.x(meeting.startAt);
      const band = svg('rect', {
        x,
        y: 0,
        width: Math.max(this.x(meeting.endAt ?? tl.lastAt) - x, 2),
        height,
        class: 'replay-meeting',
        'data-number': meeting.number,
      });
      band.append(svg('title', {}));
      parts.push(band);
    }
    const most = Math.max(1, ...tl.density.map((b) => b.events));
    for (const bucket of tl.density) {
      if (bucket.events === 0) continue;
      const x = this.x(bucket.from);
      const barHeight = Math.max(2, (bucket.events / most) * (height - 8));
      parts.push(
        svg('rect', {
          x,
          y: height - barHeight,
          width: Math.max(this.x(bucket.to) - x, 1.5),
          height: barHeight,
          class: 'replay-density',
        }),
      );
    }
    for (const change of tl.phases) {
      const x = this.x(change.at);
      parts.push(svg('line', { x1: x, x2: x, y1: 0, y2: 10, class: 'replay-phase-tick' }));
    }
    parts.push(this.markA, this.markB, this.cursor);
    this.drawing.replaceChildren(...parts);
    this.update(null, null, null);
  }

  /** A click on the drawing: the first event of the slice of time under the pointer (or the nearest slice with events). */
  private click(event: MouseEvent): void {
    const box = this.drawing.getBoundingClientRect();
    if (box.width <= 0) return;
    const time = this.start + ((event.clientX - box.left) / box.width) * (this.end - this.start);
    let best: { seq: number; distance: number } | null = null;
    for (const bucket of this.timeline.density) {
      if (bucket.events === 0) continue;
      const from = Date.parse(bucket.from);
      const to = Date.parse(bucket.to);
      const distance = time < from ? from - time : time > to ? time - to : 0;
      if (!best || distance < best.distance) best = { seq: bucket.firstSeq, distance };
    }
    if (best) this.jump(best.seq);
  }
}
