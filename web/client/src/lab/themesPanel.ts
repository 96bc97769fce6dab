import type { CanvasState } from '../canvas/types';
import { t } from '../i18n/i18n';
import { h, setText } from '../ui/dom';
import { colours, say } from './roomText';
import { bandOf } from './themeBand';

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
  /** The theme being renamed in place, if any. */
  private renaming: string | null = null;
  private last: Parameters<ThemesPanel['update']> | null = null;

  constructor(
    add: (title: string) => void,
    private readonly remove: (themeId: string) => void,
    private readonly rename: (themeId: string, title: string) => boolean = () => false,
    private readonly colour: (themeId: string, colour: string | null) => void = () => undefined,
  ) {
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
    this.last = [state, canAdd, mayDelete];
    if (this.renaming && !state.themes[this.renaming]) this.renaming = null;
    const themes = Object.values(state.themes).sort((a, b) => a.title.localeCompare(b.title));
    setText(this.summary, `${t('themes')} (${themes.length})`);
    setText(this.label, t('newTheme'));
    setText(this.submit, t('addTheme'));
    this.form.hidden = !canAdd;
    const counts = new Map<string, number>();
    for (const card of Object.values(state.cards))
      if (card.themeId) counts.set(card.themeId, (counts.get(card.themeId) ?? 0) + 1);
    const key =
      JSON.stringify(
        themes.map((th) => [
          th.id,
          th.title,
          th.colour,
          bandOf(state, th.id),
          counts.get(th.id) ?? 0,
          mayDelete(th.author),
        ]),
      ) +
      t('deleteCard') +
      this.renaming +
      say('rename');
    if (key === this.key) return;
    this.key = key;
    let focus: HTMLElement | null = null;
    this.list.replaceChildren(
      ...themes.map((th) =>
        th.id === this.renaming
          ? (focus = this.renameForm(th.id, th.title))
          : h(
              'li',
              {},
              h('span', { class: 'theme-swatch', 'data-band': bandOf(state, th.id) }),
              h(
                'span',
                {},
                `${th.title} · ${counts.get(th.id) === 1 ? t('cardsInLaneOne') : t('cardsInLane', { n: counts.get(th.id) ?? 0 })}`,
              ),
              mayDelete(th.author) ? this.colourPicker(th.id, th.title, th.colour ?? null) : null,
              mayDelete(th.author)
                ? h(
                    'button',
                    {
                      type: 'button',
                      class: 'link-button rename-theme',
                      'aria-label': `${say('rename')}: ${th.title}`,
                      onclick: () => this.startRename(th.id),
                    },
                    say('rename'),
                  )
                : null,
              mayDelete(th.author)
                ? h(
                    'button',
                    {
                      type: 'button',
                      class: 'link-button',
                      'aria-label': `${t('deleteCard')}: ${th.title}`,
                      onclick: () => this.remove(th.id),
                    },
                    t('deleteCard'),
                  )
                : null,
            ),
      ),
    );
    (focus as HTMLElement | null)?.querySelector('input')?.focus();
  }

  /** The theme's colour by name (the swatch beside it shows it; the name is the option's text, never colour alone). */
  private colourPicker(themeId: string, title: string, current: string | null): HTMLElement {
    const id = `theme-colour-${themeId}`;
    const select = h(
      'select',
      { id, class: 'theme-colour' },
      h('option', { value: '' }, say('colourAuto')),
      ...colours.map((c) => h('option', { value: c }, say(`colour_${c}`))),
    );
    select.value = current ?? '';
    select.addEventListener('change', () => this.colour(themeId, select.value || null));
    return h(
      'span',
      { class: 'theme-colour-field' },
      h('label', { for: id, class: 'visually-hidden' }, say('themeColour', { title })),
      select,
    );
  }

  private startRename(themeId: string | null): void {
    this.renaming = themeId;
    if (this.last) this.update(...this.last);
  }

  /** Renaming in place: Enter or "Salva" sends theme.rename, Esc or "Annulla" goes back. */
  private renameForm(themeId: string, title: string): HTMLElement {
    const id = `rename-theme-${themeId}`;
    const input = h('input', { id, value: title, maxlength: 120, autocomplete: 'off' });
    const form = h(
      'form',
      { class: 'rename-theme-form' },
      h('label', { for: id, class: 'visually-hidden' }, say('renameTheme', { title })),
      input,
      h('button', { type: 'submit', class: 'small primary' }, say('save')),
      h('button', { type: 'button', class: 'small', onclick: () => this.startRename(null) }, say('cancel')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = input.value.trim();
      if (text && (text === title || this.rename(themeId, text))) this.startRename(null);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.startRename(null);
    });
    return h('li', {}, form);
  }
}
