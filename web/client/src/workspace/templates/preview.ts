import type { LaneKind } from '../../canvas/types';
import { language } from '../../i18n/i18n';
import { h } from '../../ui/dom';
import { say, type TemplateWord } from './text';
import type { TemplateColumn, TemplateDefinition } from './types';

const kindWords: Record<LaneKind, TemplateWord> = {
  need: 'kindNeed',
  resource: 'kindResource',
  action: 'kindAction',
  other: 'kindOther',
};

export function kindWord(kind: LaneKind): string {
  return say(kindWords[kind] ?? 'kindOther');
}

/** The English text when the page is in English and there is one, else the Italian. */
function local(it: string | null, en: string | null): string {
  return (language() === 'en' && en ? en : it) ?? '';
}

/** A template's shape in one line: "3 colonne · 5 voti a persona", or the matrix's rows × columns. */
export function templateSummary(definition: TemplateDefinition): string {
  // Italian and English both say one without the plural.
  const count = (n: number, one: TemplateWord, many: TemplateWord): string => (n === 1 ? say(one) : say(many, { n }));
  const columns = count(definition.columns.length, 'laneOne', 'lanesOf');
  const shape =
    definition.rows.length > 0
      ? say('matrixOf', { rows: count(definition.rows.length, 'rowOne', 'rowsOf'), columns })
      : columns;
  return `${shape} · ${count(definition.voteBudget ?? 5, 'voteOne', 'votesEach')}`;
}

/**
 * How a template will look in the room: its columns (as a matrix, rows × columns, when it has rows) with each one's
 * kind and prompt, then its phases with their time and instructions. Drawn from the definition alone, so the editor
 * shows it as it is typed.
 */
export function templatePreview(definition: TemplateDefinition, headingId: string, title: string): HTMLElement {
  const columns = definition.columns;
  const lane = (c: TemplateColumn): HTMLElement[] =>
    [
      h('span', { class: 'tpl-kind' }, kindWord(c.kind)),
      c.prompt ? h('span', { class: 'tpl-prompt' }, local(c.prompt, c.promptEn)) : null,
    ].filter((n): n is HTMLElement => n !== null);
  const board =
    definition.rows.length > 0
      ? h(
          'table',
          { class: 'tpl-matrix' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('td', {}),
              ...columns.map((c) => h('th', { scope: 'col' }, local(c.name, c.nameEn) || say('untitled'))),
            ),
          ),
          h(
            'tbody',
            {},
            ...definition.rows.map((r) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, local(r.name, r.nameEn) || say('untitled')),
                ...columns.map((c) => h('td', {}, ...lane(c))),
              ),
            ),
          ),
        )
      : h(
          'ul',
          { class: 'tpl-lanes' },
          ...columns.map((c) => h('li', {}, h('strong', {}, local(c.name, c.nameEn) || say('untitled')), ...lane(c))),
        );
  const phases =
    definition.phases.length === 0
      ? [{ name: say('openWork'), minutes: null, instructions: '' }]
      : definition.phases.map((p) => ({
          name: local(p.name, p.nameEn) || say('untitled'),
          minutes: p.minutes,
          instructions: local(p.instructions, p.instructionsEn),
        }));
  return h(
    'section',
    { class: 'tpl-preview', 'aria-labelledby': headingId },
    h('h4', { id: headingId }, title),
    h('p', { class: 'ws-meta' }, templateSummary(definition)),
    board,
    h(
      'ol',
      { class: 'tpl-phases' },
      ...phases.map((p) =>
        h(
          'li',
          {},
          h('strong', {}, p.name),
          p.minutes ? ` · ${say('minutesShort', { n: p.minutes })}` : '',
          p.instructions ? h('span', { class: 'tpl-prompt' }, p.instructions) : null,
        ),
      ),
    ),
  );
}
