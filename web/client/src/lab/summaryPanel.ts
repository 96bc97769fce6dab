import type { CanvasState } from '../canvas/types';
import { h, setText } from '../ui/dom';
import { roomSummary } from './roomSummary';
import { say } from './roomText';

/** The facilitator's glance at the room: who has not contributed yet, cards per lane, votes so far. */
export class SummaryPanel {
  readonly element = h('details', { class: 'panel summary-panel' });
  private readonly summary = h('summary', {});
  private readonly body = h('div', { class: 'summary-body' });
  private key = '';

  constructor() {
    this.element.append(this.summary, this.body);
  }

  update(state: CanvasState): void {
    const s = roomSummary(state);
    setText(this.summary, say('summary'));
    const key = JSON.stringify([s.quiet.map((m) => m.displayName), s.lanes, s.votes, s.voters, say('summary')]);
    if (key === this.key) return;
    this.key = key;
    this.body.replaceChildren(
      h('h3', {}, say('summaryCards')),
      h(
        'dl',
        { class: 'summary-lanes' },
        ...s.lanes.map((l) => h('div', { 'data-lane': l.id }, h('dt', {}, l.name), h('dd', {}, String(l.cards)))),
      ),
      h('p', { class: 'summary-votes' }, say('summaryVotes', { n: s.votes, people: s.voters })),
      h('h3', {}, say('summaryQuiet', { n: s.quiet.length })),
      s.quiet.length
        ? h(
            'ul',
            { class: 'summary-quiet' },
            ...s.quiet.map((m) => h('li', {}, m.organisation ? `${m.displayName} · ${m.organisation}` : m.displayName)),
          )
        : h('p', {}, say('summaryAllIn')),
    );
  }
}
