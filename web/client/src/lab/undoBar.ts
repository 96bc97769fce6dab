import { t } from '../i18n/i18n';
import { h, setText } from '../ui/dom';

/**
 * "Annulla modifica" and "Ripeti" above the lanes: this person's own last operations, taken back and done again as
 * operations everyone sees. aria-disabled, not disabled, so that a button keeps the focus when there is nothing left.
 */
export class UndoBar {
  private readonly undoButton = h('button', { type: 'button', class: 'undo' });
  private readonly redoButton = h('button', { type: 'button', class: 'redo' });
  readonly element = h('div', { class: 'canvas-tools', role: 'toolbar' }, this.undoButton, this.redoButton);

  constructor(undo: () => void, redo: () => void) {
    this.undoButton.addEventListener('click', () => {
      if (this.undoButton.getAttribute('aria-disabled') !== 'true') undo();
    });
    this.redoButton.addEventListener('click', () => {
      if (this.redoButton.getAttribute('aria-disabled') !== 'true') redo();
    });
  }

  update(role: string, canUndo: boolean, canRedo: boolean): void {
    this.element.hidden = role === 'trainer';
    this.element.setAttribute('aria-label', t('undo'));
    setText(this.undoButton, t('undo'));
    this.undoButton.setAttribute('aria-label', t('undoLabel'));
    this.undoButton.setAttribute('aria-keyshortcuts', 'Control+Z');
    this.undoButton.setAttribute('aria-disabled', String(!canUndo));
    setText(this.redoButton, t('redo'));
    this.redoButton.setAttribute('aria-label', t('redoLabel'));
    this.redoButton.setAttribute('aria-keyshortcuts', 'Control+Y');
    this.redoButton.setAttribute('aria-disabled', String(!canRedo));
  }
}
