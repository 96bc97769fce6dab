import type { CanvasState } from '../canvas/types';
import { t } from '../i18n/i18n';
import { h, setText } from '../ui/dom';

/** The themes (clusters, macro-questions) cards are grouped into, and a field to add one. */
export class ThemesPanel {
  readonly element = h('details', { class: 'panel themes' });
  private readonly summary = h('summary', {});
  private readonly list = h('ul', { class: 'theme-list' });
  private readonly label = h('label', { for: 'new-theme', class: 'visually-hidden' });
  private readonly input = h('input', { id: 'new-theme', autocomplete: 'off', maxlength: 120 });
  private readonly submit = h('button', { type: 'submit' });
  private readonly form = h('form', { class: 'add-theme' }, this.label, this.input, this.submit);
  private key = '';

  constructor(add: (title: string) => void, private readonly remove: (themeId: string) => void) {
    this.element.append(this.summary, this.list, this.form);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const title = this.input.value.trim();
      if (!title) return;
      add(title);
      this.input.value = '';
    });
  }

  update(state: CanvasState, canAdd: boolean, mayDelete: (author: string) => boolean): void {
    const themes = Object.values(state.themes).sort((a, b) => a.title.localeCompare(b.title));
    setText(this.summary, `${t('themes')} (${themes.length})`);
    setText(this.label, t('newTheme'));
    setText(this.submit, t('addTheme'));
    this.form.hidden = !canAdd;
    const counts = new Map<string, number>();
    for (const card of Object.values(state.cards)) if (card.themeId) counts.set(card.themeId, (counts.get(card.themeId) ?? 0) + 1);
    const key = JSON.stringify(themes.map((th) => [th.id, th.title, counts.get(th.id) ?? 0, mayDelete(th.author)])) + t('deleteCard');
    if (key === this.key) return;
    this.key = key;
    this.list.replaceChildren(...themes.map((th) => h('li', {},
      h('span', {}, `${th.title} · ${t('cardsInLane', { n: counts.get(th.id) ?? 0 })}`),
      mayDelete(th.author) ? h('button', { type: 'button', class: 'link-button', 'aria-label': `${t('deleteCard')}: ${th.title}`, onclick: () => this.remove(th.id) }, t('deleteCard')) : null)));
  }
}
