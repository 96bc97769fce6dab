import type { Card } from '../canvas/types';
import { t } from '../i18n/i18n';
import { h, setAttr, setHidden, setText } from '../ui/dom';
import type { CardContext } from './cardActions';
import { colours, say } from './roomText';

/** "Altro…": react, edit, move a step (the keyboard's way to drag), link, theme, merge, delete. Also opened by a long press. */
export class CardMenu {
  readonly toggle = h('button', { type: 'button', class: 'menu-toggle', 'aria-expanded': 'false' });
  readonly element = h('div', { class: 'card-menu', hidden: true });
  private readonly editButton = h('button', { type: 'button' });
  private readonly moves = (['left', 'right', 'up', 'down'] as const).map((direction) => ({
    direction,
    button: h('button', { type: 'button', class: 'move' }),
  }));
  private readonly linkButton = h('button', { type: 'button' });
  private readonly mergeButton = h('button', { type: 'button' });
  private readonly deleteButton = h('button', { type: 'button', class: 'danger' });
  private readonly themeLabel = h('label', {});
  private readonly themeSelect = h('select', {});
  private readonly colourLabel = h('label', {});
  private readonly colourSelect = h('select', { class: 'colour-select' });
  private readonly editForm = h('form', { class: 'card-edit', hidden: true });
  private readonly editLabel = h('label', {});
  private readonly editArea = h('textarea', { rows: 3 });
  private readonly saveButton = h('button', { type: 'submit', class: 'primary' });
  private readonly cancelButton = h('button', { type: 'button' });
  // Deleting asks here, in the page (not window.confirm, which blocks the live canvas and cannot be styled or translated).
  private readonly confirmText = h('p', { class: 'confirm-text' });
  private readonly confirmYes = h('button', { type: 'button', class: 'danger' });
  private readonly confirmNo = h('button', { type: 'button' });
  private readonly confirmRow = h(
    'div',
    { class: 'confirm-delete', role: 'group', hidden: true },
    this.confirmText,
    h('div', { class: 'row' }, this.confirmYes, this.confirmNo),
  );
  private themesKey = '';

  constructor(
    private readonly ctx: () => CardContext | null,
    private readonly card: () => Card,
    reactions: HTMLElement,
  ) {
    this.editForm.append(this.editLabel, this.editArea, h('div', { class: 'row' }, this.saveButton, this.cancelButton));
    this.element.append(
      reactions,
      this.editForm,
      h('div', { class: 'row' }, this.editButton, ...this.moves.map((m) => m.button)),
      h('div', { class: 'row' }, this.linkButton, this.mergeButton, this.deleteButton),
      this.confirmRow,
      h('div', { class: 'field inline' }, this.themeLabel, this.themeSelect),
      h('div', { class: 'field inline colour-field' }, this.colourLabel, this.colourSelect),
    );
    this.toggle.addEventListener('click', () => this.show(this.element.hidden));
    this.editButton.addEventListener('click', () => this.startEdit());
    this.cancelButton.addEventListener('click', () => this.stopEdit());
    this.editForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.editArea.value.trim();
      if (text && this.ctx()?.actions.edit(this.card().id, text)) this.stopEdit();
    });
    for (const m of this.moves)
      m.button.addEventListener('click', () => this.ctx()?.actions.step(this.card().id, m.direction));
    this.linkButton.addEventListener('click', () => this.choose('link'));
    this.mergeButton.addEventListener('click', () => this.choose('merge'));
    this.deleteButton.addEventListener('click', () => {
      setText(this.confirmText, t('deleteCardConfirm', { text: this.card().text || t('faceDown') }));
      setHidden(this.confirmRow, false);
      this.confirmNo.focus();
    });
    this.confirmYes.addEventListener('click', () => {
      setHidden(this.confirmRow, true);
      this.ctx()?.actions.remove(this.card().id);
    });
    this.confirmNo.addEventListener('click', () => {
      setHidden(this.confirmRow, true);
      this.deleteButton.focus();
    });
    this.themeSelect.addEventListener('change', () =>
      this.ctx()?.actions.setTheme(this.card().id, this.themeSelect.value || null),
    );
    this.colourSelect.addEventListener('change', () =>
      this.ctx()?.actions.colour(this.card().id, this.colourSelect.value),
    );
  }

  update(): void {
    const ctx = this.ctx();
    if (!ctx) return;
    const card = this.card();
    const may = (action: Parameters<CardContext['may']>[1]): boolean => ctx.may(card, action);
    const any = ['react', 'edit', 'move', 'link', 'merge', 'delete', 'theme', 'colour'].some((a) =>
      may(a as Parameters<CardContext['may']>[1]),
    );
    setHidden(this.toggle, !any);
    if (!any && !this.element.hidden) this.show(false);
    const id = `menu-${card.id}`;
    setAttr(this.element, 'id', id);
    setAttr(this.toggle, 'aria-controls', id);
    setText(this.toggle, t('cardActions'));
    setAttr(this.toggle, 'aria-label', t('cardActionsFor', { text: card.text || t('faceDown') }));
    setAttr(this.element, 'aria-label', t('cardActionsFor', { text: card.text || t('faceDown') }));
    setAttr(this.element, 'role', 'group');
    setText(this.editButton, t('edit'));
    setHidden(this.editButton, !may('edit'));
    for (const m of this.moves) {
      setText(
        m.button,
        t(({ left: 'moveLeft', right: 'moveRight', up: 'moveUp', down: 'moveDown' } as const)[m.direction]),
      );
      setHidden(m.button, !may('move'));
    }
    setText(this.linkButton, t('link'));
    setHidden(this.linkButton, !may('link'));
    setText(this.mergeButton, t('merge'));
    setHidden(this.mergeButton, !may('merge'));
    setText(this.deleteButton, t('deleteCard'));
    setText(this.confirmYes, t('deleteCardYes'));
    setText(this.confirmNo, t('cancel'));
    setAttr(this.confirmRow, 'aria-label', t('deleteCard'));
    setHidden(this.deleteButton, !may('delete'));
    setAttr(this.editArea, 'id', `edit-${card.id}`);
    setAttr(this.editLabel, 'for', this.editArea.id);
    setText(this.editLabel, t('editText'));
    setText(this.saveButton, t('save'));
    setText(this.cancelButton, t('cancel'));

    setAttr(this.themeSelect, 'id', `theme-${card.id}`);
    setAttr(this.themeLabel, 'for', this.themeSelect.id);
    setText(this.themeLabel, t('themeSelect'));
    const themes = Object.values(ctx.state.themes).sort((a, b) => a.title.localeCompare(b.title));
    const key = themes.map((th) => `${th.id}\u0000${th.title}`).join('\u0001') + t('noTheme');
    if (key !== this.themesKey) {
      this.themesKey = key;
      this.themeSelect.replaceChildren(
        h('option', { value: '' }, t('noTheme')),
        ...themes.map((th) => h('option', { value: th.id }, th.title)),
      );
    }
    if (this.themeSelect.value !== (card.themeId ?? '')) this.themeSelect.value = card.themeId ?? '';
    this.themeSelect.parentElement?.toggleAttribute('hidden', !may('theme') || themes.length === 0);

    // The palette of the protocol, by name (colour is never the only sign: the name is the option's text).
    setAttr(this.colourSelect, 'id', `colour-${card.id}`);
    setAttr(this.colourLabel, 'for', this.colourSelect.id);
    setText(this.colourLabel, say('colour'));
    const names = colours.map((c) => say(`colour_${c}`)).join('\u0001');
    if (this.colourSelect.dataset['names'] !== names) {
      this.colourSelect.dataset['names'] = names;
      this.colourSelect.replaceChildren(...colours.map((c) => h('option', { value: c }, say(`colour_${c}`))));
    }
    if (this.colourSelect.value !== (card.colour || 'giallo')) this.colourSelect.value = card.colour || 'giallo';
    this.colourSelect.parentElement?.toggleAttribute('hidden', !may('colour'));
  }

  /** Opens or closes the panel. */
  show(open: boolean): void {
    setHidden(this.element, !open);
    setAttr(this.toggle, 'aria-expanded', String(open));
    if (!open) {
      setHidden(this.confirmRow, true);
      this.stopEdit();
    }
  }

  private startEdit(): void {
    this.editArea.value = this.card().text;
    setHidden(this.editForm, false);
    this.editArea.focus();
    this.ctx()?.actions.editing(this.card().id);
  }

  private stopEdit(): void {
    if (this.editForm.hidden) return;
    setHidden(this.editForm, true);
    this.ctx()?.actions.editing(null);
    if (this.element.contains(document.activeElement) || document.activeElement === document.body)
      this.editButton.focus();
  }

  private choose(purpose: 'link' | 'merge'): void {
    this.show(false);
    this.toggle.focus();
    this.ctx()?.actions.choose(this.card().id, purpose);
  }
}
