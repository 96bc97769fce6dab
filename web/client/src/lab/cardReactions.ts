import type { Card, ReactionKind } from '../canvas/types';
import { t } from '../i18n/i18n';
import { h, setAttr, setHidden, setText } from '../ui/dom';
import { reactionKinds, type CardContext } from './cardActions';
import { say } from './roomText';

interface ReactionButton {
  kind: ReactionKind;
  label: (typeof reactionKinds)[number]['label'];
  button: HTMLButtonElement;
}

/**
 * A card's reactions in two places. On the card, only those someone gave, with their counts (a card nobody reacted to
 * keeps no room for them); in the card's panel ("Altro", or a long press), every kind, to give or take back one's own.
 * Words, not emoji: a PC without an emoji font would show empty boxes.
 */
export class CardReactions {
  /** The reactions given, on the card. */
  readonly given: HTMLElement;
  /** Every kind, in the card's panel. */
  readonly picker: HTMLElement;
  private readonly chips: ReactionButton[];
  private readonly choices: ReactionButton[];
  private readonly pickerLabel = h('span', { class: 'reaction-picker-label' });

  constructor(react: (kind: ReactionKind, add: boolean) => void) {
    const buttons = (): ReactionButton[] =>
      reactionKinds.map((r) => {
        const button = h('button', { type: 'button', class: 'reaction', 'aria-pressed': 'false' });
        button.addEventListener('click', () => {
          if (button.getAttribute('aria-disabled') !== 'true')
            react(r.kind, button.getAttribute('aria-pressed') !== 'true');
        });
        return { ...r, button };
      });
    this.chips = buttons();
    this.choices = buttons();
    this.given = h('div', { class: 'reactions', role: 'group' }, ...this.chips.map((r) => r.button));
    this.picker = h(
      'div',
      { class: 'reaction-picker', role: 'group' },
      this.pickerLabel,
      h('div', { class: 'row' }, ...this.choices.map((r) => r.button)),
    );
  }

  update(card: Card, ctx: CardContext): void {
    const canReact = ctx.may(card, 'react');
    let any = false;
    for (let i = 0; i < this.chips.length; i++) {
      const chip = this.chips[i];
      const choice = this.choices[i];
      if (!chip || !choice) continue;
      const givers = card.reactions[chip.kind] ?? {};
      const n = Object.values(givers).reduce((a, b) => a + b, 0);
      const mine = String((givers[ctx.me] ?? 0) > 0);
      const label = t(chip.label);
      setHidden(chip.button, n === 0);
      any ||= n > 0;
      setText(chip.button, `${label} ${n}`);
      setAttr(chip.button, 'aria-label', t('reactionCount', { kind: label, n }));
      setAttr(chip.button, 'aria-pressed', mine);
      setAttr(chip.button, 'aria-disabled', String(!canReact));
      setText(choice.button, label);
      setAttr(choice.button, 'aria-pressed', mine);
    }
    setHidden(this.given, !any);
    setAttr(this.given, 'aria-label', t('reactions'));
    setHidden(this.picker, !canReact);
    const text = card.text || t('faceDown');
    setText(this.pickerLabel, say('reactionsPick'));
    setAttr(this.picker, 'aria-label', say('reactionsPickFor', { text }));
  }
}
