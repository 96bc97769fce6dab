import { failure } from '../../app/failure';
import { localize } from '../../i18n/i18n';
import { h } from '../../ui/dom';
import { capabilities, laneKinds, TemplateDraft, type ListName } from './draft';
import { kindWord, templatePreview } from './preview';
import { say, type TemplateWord } from './text';
import type { Capability, TemplateDefinition } from './types';

export interface EditorOptions {
  /** The heading: a new template, or a new version of one. */
  heading: string;
  start: TemplateDefinition;
  submit: string;
  /** Saves; a thrown error is shown under the form (the server's message, which names the column, row or phase). */
  save(definition: TemplateDefinition): Promise<void>;
  cancel(): void;
}

const allowWords: Record<Capability, TemplateWord> = {
  cards: 'allowCards',
  links: 'allowLinks',
  votes: 'allowVotes',
  comments: 'allowComments',
  themes: 'allowThemes',
};

let editors = 0;

/**
 * The template editor: name, votes, columns (with kind and prompt), optional rows, phases (minutes, instructions, what
 * they allow, where cards go), each list with add, move up/down and remove buttons, and a live preview. Every control
 * has a label; moving keeps focus on the moved item's button; errors are read out where the save button is.
 */
export function templateEditor(options: EditorOptions): HTMLFormElement {
  const n = ++editors;
  const id = (...parts: (string | number)[]): string => `tpl-${n}-${parts.join('-')}`;
  const draft = TemplateDraft.from(options.start);
  const lists: Record<ListName, HTMLOListElement> = {
    columns: h('ol', { class: 'tpl-items' }),
    rows: h('ol', { class: 'tpl-items' }),
    phases: h('ol', { class: 'tpl-items' }),
  };
  const adders: Record<ListName, HTMLButtonElement> = {
    columns: h('button', { type: 'button', class: 'small' }, say('addColumn')),
    rows: h('button', { type: 'button', class: 'small' }, say('addRow')),
    phases: h('button', { type: 'button', class: 'small' }, say('addPhase')),
  };
  const previewSlot = h('div', { class: 'tpl-preview-slot' });
  const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, options.submit);

  const text = (
    label: string,
    fieldId: string,
    value: string,
    set: (v: string) => void,
    extra: {
      multiline?: boolean;
      required?: boolean;
      maxLength?: number;
      type?: string;
      min?: number;
      max?: number;
    } = {},
  ): HTMLElement => {
    const common = {
      id: fieldId,
      required: extra.required ?? false,
      maxlength: extra.maxLength ?? null,
      oninput: (event: Event) => {
        set((event.target as HTMLInputElement | HTMLTextAreaElement).value);
        changed();
      },
    };
    const control = extra.multiline
      ? h('textarea', { ...common, rows: 2 })
      : h('input', { ...common, type: extra.type ?? 'text', min: extra.min ?? null, max: extra.max ?? null });
    control.value = value;
    return h(
      'div',
      { class: 'field' },
      h('label', { for: fieldId }, label, extra.required ? h('span', { 'aria-hidden': 'true' }, ' *') : null),
      control,
    );
  };

  const name = (label: string, value: string): string => `${label}: ${value.trim() || say('untitled')}`;

  /** A renamed item: its legend and its buttons' names follow as one types. */
  const rename = (legend: HTMLLegendElement, what: string): void => {
    legend.textContent = what;
    for (const b of legend.parentElement?.querySelectorAll<HTMLButtonElement>(':scope > .tpl-tools [data-tool]') ?? [])
      b.setAttribute('aria-label', say(`${b.dataset['tool'] ?? 'remove'}Of` as TemplateWord, { what }));
  };

  /** Up, down and remove for one item; after a move, focus stays on the button pressed (or its twin at an end). */
  const tools = (list: ListName, uid: number, what: string, index: number, count: number): HTMLElement => {
    const button = (word: TemplateWord, label: TemplateWord, act: () => void, disabled: boolean): HTMLButtonElement =>
      h(
        'button',
        {
          type: 'button',
          class: word === 'remove' ? 'small danger' : 'small',
          'aria-label': say(label, { what }),
          'data-tool': word,
          'aria-disabled': disabled ? 'true' : null,
          onclick: () => {
            if (!disabled) act();
          },
        },
        say(word),
      );
    const moved = (by: -1 | 1): void => {
      draft.move(list, uid, by);
      // Phases list the columns and rows in their order: all lists are drawn again.
      renderAll();
      const item = lists[list].querySelector<HTMLElement>(`[data-uid="${uid}"]`);
      const same = item?.querySelector<HTMLButtonElement>(
        `[data-tool="${by < 0 ? 'up' : 'down'}"]:not([aria-disabled])`,
      );
      (same ?? item?.querySelector<HTMLButtonElement>(`[data-tool="${by < 0 ? 'down' : 'up'}"]`))?.focus();
    };
    return h(
      'div',
      { class: 'row tpl-tools' },
      button('up', 'upOf', () => moved(-1), index === 0),
      button('down', 'downOf', () => moved(1), index === count - 1),
      button(
        'remove',
        'removeOf',
        () => {
          draft.remove(list, uid);
          renderAll();
          adders[list].focus();
        },
        false,
      ),
    );
  };

  const checkboxes = (
    legend: string,
    choices: readonly { value: string; label: string }[],
    chosen: readonly string[],
    set: (values: string[]) => void,
    key: string,
  ): HTMLElement => {
    const boxes = choices.map((c) => {
      const boxId = id(key, c.value);
      return h(
        'label',
        { class: 'tpl-check', for: boxId },
        h('input', {
          type: 'checkbox',
          id: boxId,
          value: c.value,
          checked: chosen.includes(c.value),
          onchange: () => {
            set(boxes.flatMap((b) => (b.querySelector('input')!.checked ? [b.querySelector('input')!.value] : [])));
            changed();
          },
        }),
        ` ${c.label}`,
      );
    });
    return h('fieldset', { class: 'tpl-checks' }, h('legend', {}, legend), ...boxes);
  };

  function renderList(list: ListName): void {
    if (list === 'columns') {
      lists.columns.replaceChildren(
        ...draft.columns.map((c, i) => {
          const legend = h('legend', {}, name(say('columnN', { n: i + 1 }), c.name));
          const kindId = id('col', c.uid, 'kind');
          const kind = h(
            'select',
            {
              id: kindId,
              onchange: (event: Event) => {
                c.kind = (event.target as HTMLSelectElement).value as typeof c.kind;
                changed();
              },
            },
            ...laneKinds.map((k) => h('option', { value: k }, kindWord(k))),
          );
          kind.value = c.kind;
          return h(
            'li',
            { 'data-uid': c.uid },
            h(
              'fieldset',
              { class: 'tpl-item' },
              legend,
              h(
                'div',
                { class: 'inline-form-fields' },
                text(
                  say('name'),
                  id('col', c.uid, 'name'),
                  c.name,
                  (v) => {
                    c.name = v;
                    rename(legend, name(say('columnN', { n: i + 1 }), v));
                    renderList('phases');
                  },
                  { required: true, maxLength: 120 },
                ),
                text(say('nameEn'), id('col', c.uid, 'name-en'), c.nameEn, (v) => (c.nameEn = v), { maxLength: 120 }),
                h('div', { class: 'field' }, h('label', { for: kindId }, say('kind')), kind),
                text(say('prompt'), id('col', c.uid, 'prompt'), c.prompt, (v) => (c.prompt = v), {
                  multiline: true,
                  maxLength: 500,
                }),
                text(say('promptEn'), id('col', c.uid, 'prompt-en'), c.promptEn, (v) => (c.promptEn = v), {
                  multiline: true,
                  maxLength: 500,
                }),
              ),
              tools('columns', c.uid, name(say('columnN', { n: i + 1 }), c.name), i, draft.columns.length),
            ),
          );
        }),
      );
    } else if (list === 'rows') {
      lists.rows.replaceChildren(
        ...draft.rows.map((r, i) => {
          const legend = h('legend', {}, name(say('rowN', { n: i + 1 }), r.name));
          return h(
            'li',
            { 'data-uid': r.uid },
            h(
              'fieldset',
              { class: 'tpl-item' },
              legend,
              h(
                'div',
                { class: 'inline-form-fields' },
                text(
                  say('name'),
                  id('row', r.uid, 'name'),
                  r.name,
                  (v) => {
                    r.name = v;
                    rename(legend, name(say('rowN', { n: i + 1 }), v));
                    renderList('phases');
                  },
                  { required: true, maxLength: 120 },
                ),
                text(say('nameEn'), id('row', r.uid, 'name-en'), r.nameEn, (v) => (r.nameEn = v), { maxLength: 120 }),
              ),
              tools('rows', r.uid, name(say('rowN', { n: i + 1 }), r.name), i, draft.rows.length),
            ),
          );
        }),
      );
    } else {
      lists.phases.replaceChildren(
        ...draft.phases.map((p, i) => {
          const legend = h('legend', {}, name(say('phaseN', { n: i + 1 }), p.name));
          return h(
            'li',
            { 'data-uid': p.uid },
            h(
              'fieldset',
              { class: 'tpl-item' },
              legend,
              h(
                'div',
                { class: 'inline-form-fields' },
                text(
                  say('name'),
                  id('ph', p.uid, 'name'),
                  p.name,
                  (v) => {
                    p.name = v;
                    rename(legend, name(say('phaseN', { n: i + 1 }), v));
                  },
                  { required: true, maxLength: 120 },
                ),
                text(say('nameEn'), id('ph', p.uid, 'name-en'), p.nameEn, (v) => (p.nameEn = v), { maxLength: 120 }),
                text(say('minutes'), id('ph', p.uid, 'minutes'), p.minutes, (v) => (p.minutes = v), {
                  type: 'number',
                  min: 1,
                  max: 480,
                }),
                text(
                  say('instructions'),
                  id('ph', p.uid, 'instructions'),
                  p.instructions,
                  (v) => (p.instructions = v),
                  {
                    multiline: true,
                    maxLength: 500,
                  },
                ),
                text(
                  say('instructionsEn'),
                  id('ph', p.uid, 'instructions-en'),
                  p.instructionsEn,
                  (v) => (p.instructionsEn = v),
                  {
                    multiline: true,
                    maxLength: 500,
                  },
                ),
              ),
              checkboxes(
                say('allows'),
                capabilities.map((c) => ({ value: c, label: say(allowWords[c]) })),
                p.allows,
                (values) => (p.allows = values as Capability[]),
                `ph-${p.uid}-allows`,
              ),
              draft.columns.length > 1
                ? checkboxes(
                    say('inColumns'),
                    draft.columns.map((c, k) => ({
                      value: String(c.uid),
                      label: c.name.trim() || say('columnN', { n: k + 1 }),
                    })),
                    p.columns.map(String),
                    (values) => (p.columns = values.map(Number)),
                    `ph-${p.uid}-columns`,
                  )
                : null,
              draft.rows.length > 1
                ? checkboxes(
                    say('inRows'),
                    draft.rows.map((r, k) => ({
                      value: String(r.uid),
                      label: r.name.trim() || say('rowN', { n: k + 1 }),
                    })),
                    p.rows.map(String),
                    (values) => (p.rows = values.map(Number)),
                    `ph-${p.uid}-rows`,
                  )
                : null,
              tools('phases', p.uid, name(say('phaseN', { n: i + 1 }), p.name), i, draft.phases.length),
            ),
          );
        }),
      );
    }
  }

  function renderAll(): void {
    renderList('columns');
    renderList('rows');
    renderList('phases');
    changed();
  }

  function changed(): void {
    previewSlot.replaceChildren(templatePreview(draft.toDefinition(), id('preview'), say('preview')));
  }

  const add = (list: ListName): void => {
    const item = list === 'columns' ? draft.addColumn() : list === 'rows' ? draft.addRow() : draft.addPhase();
    renderAll();
    lists[list].querySelector<HTMLElement>(`[data-uid="${item.uid}"] input`)?.focus();
  };
  for (const list of ['columns', 'rows', 'phases'] as const) adders[list].addEventListener('click', () => add(list));

  const headingId = id('heading');
  const section = (list: ListName, legend: string, note?: string): HTMLElement =>
    h(
      'fieldset',
      { class: `tpl-list tpl-${list}` },
      h('legend', {}, legend),
      note ? h('p', { class: 'ws-meta' }, note) : null,
      lists[list],
      adders[list],
    );
  const form = h(
    'form',
    { class: 'inline-form tpl-editor', 'aria-labelledby': headingId, novalidate: true },
    h('h3', { id: headingId }, options.heading),
    h(
      'div',
      { class: 'inline-form-fields' },
      text(say('name'), id('name'), draft.name, (v) => (draft.name = v), { required: true, maxLength: 120 }),
      text(say('nameEn'), id('name-en'), draft.nameEn, (v) => (draft.nameEn = v), { maxLength: 120 }),
      text(say('voteBudget'), id('votes'), draft.voteBudget, (v) => (draft.voteBudget = v), {
        type: 'number',
        min: 0,
        max: 50,
      }),
    ),
    section('columns', say('columns')),
    section('rows', say('rows')),
    section('phases', say('phases'), say('phasesNote')),
    previewSlot,
    error,
    h('div', { class: 'row' }, submit, h('button', { type: 'button', onclick: () => options.cancel() }, say('cancel'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.hidden = true;
    submit.setAttribute('aria-disabled', 'true');
    void options.save(draft.toDefinition()).then(
      () => submit.removeAttribute('aria-disabled'),
      (thrown: unknown) => {
        submit.removeAttribute('aria-disabled');
        error.textContent = localize(failure(thrown));
        error.hidden = false;
      },
    );
  });
  renderAll();
  return form;
}
