import type { CanvasState } from '../canvas/types';
import { localName } from '../i18n/i18n';
import { h, setText } from '../ui/dom';
import { phaseGuidance, phaseInstruction, phaseStep } from './roomSummary';
import { say } from './roomText';

/**
 * The phases as steps, shown to everyone: where the lab is ("Fase 2 di 5: Lavoro libero"), what to do now in words,
 * and what comes next. Whoever runs the lab also gets the button to the next step.
 */
export class PhaseGuide {
  readonly element = h('section', { class: 'phase-guide', 'aria-labelledby': 'phase-guide-heading' });
  private readonly heading = h('h2', { id: 'phase-guide-heading', class: 'phase-guide-heading' });
  private readonly steps = h('ol', { class: 'phase-steps' });
  private readonly instruction = h('p', { class: 'phase-instruction' });
  /** What the programme's template says to do in this phase, and for how long (absent for built-in templates). */
  private readonly own = h('p', { class: 'phase-own-instruction', hidden: true });
  private readonly nextButton = h('button', { type: 'button', class: 'primary next-phase' });
  private readonly nextText = h('p', { class: 'phase-next' });
  private next: string | null = null;
  private key = '';

  constructor(go: (phase: string) => void) {
    this.element.append(
      this.heading,
      this.steps,
      this.own,
      this.instruction,
      h('div', { class: 'row' }, this.nextButton, this.nextText),
    );
    this.nextButton.addEventListener('click', () => {
      if (this.next) go(this.next);
    });
  }

  update(state: CanvasState, runs: boolean): void {
    const { index, total, next } = phaseStep(state);
    const current = state.phases[index];
    setText(this.heading, current ? say('stepOf', { n: index + 1, total, phase: localName(current) }) : say('steps'));
    setText(this.instruction, phaseInstruction(state));
    const own = current ? phaseGuidance(current) : '';
    this.own.hidden = !own;
    setText(this.own, own);
    this.next = next?.id ?? null;
    this.nextButton.hidden = !runs || !next;
    if (next) setText(this.nextButton, say('nextStep', { phase: localName(next) }));
    this.nextText.hidden = runs || !next;
    if (next) setText(this.nextText, say('nextIs', { phase: localName(next) }));
    this.steps.setAttribute('aria-label', say('steps'));
    const key = JSON.stringify([state.phases.map((p) => [localName(p), p.minutes]), index]);
    if (key === this.key) return;
    this.key = key;
    this.steps.replaceChildren(
      ...state.phases.map((p, i) =>
        h(
          'li',
          {
            class: i === index ? 'current' : i < index ? 'done' : '',
            'aria-current': i === index ? 'step' : null,
          },
          p.minutes ? `${localName(p)} · ${say('minutes', { n: p.minutes })}` : localName(p),
        ),
      ),
    );
  }
}
