import { failure } from '../../app/failure';
import { language, localize } from '../../i18n/i18n';
import { h } from '../../ui/dom';
import type { WorkspaceContext } from '../context';
import { day } from '../editors';
import type { ProgrammeDetail } from '../types';
import { templateEditor } from './editor';
import { templatePreview, templateSummary } from './preview';
import { say } from './text';
import type { TemplateDefinition, TemplateView } from './types';

const empty: TemplateDefinition = { name: '', nameEn: '', columns: [], rows: [], phases: [], voteBudget: 5 };

/**
 * "Modelli di lavoro" of a programme: the built-in templates (read-only, "modello predefinito") and the programme's
 * own with their versions. Everyone who sees the programme previews them; its managers create one (empty or as a copy)
 * and save new versions in the editor that opens below the list.
 */
export function templatesPanel(ctx: WorkspaceContext, detail: ProgrammeDetail): HTMLElement {
  const programme = detail.programme;
  const manages = detail.canManage;
  const headingId = `ws-tpl-${programme.id}`;
  const list = h('div', { 'aria-busy': 'true' }, say('templates'));
  const work = h('div', { class: 'tpl-work' });
  const local = (v: TemplateView): string => (language() === 'en' && v.nameEn ? v.nameEn : v.name);
  let opener: HTMLButtonElement | null = null;

  const close = (): void => {
    work.replaceChildren();
    opener?.focus();
    opener = null;
  };

  const show = (button: HTMLButtonElement, content: HTMLElement): void => {
    opener = button;
    work.replaceChildren(content);
    content.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  };

  const edit = (button: HTMLButtonElement, heading: string, start: TemplateDefinition, key: string | null): void =>
    show(
      button,
      templateEditor({
        heading,
        start,
        submit: key ? say('save') : say('create'),
        cancel: close,
        save: async (definition) => {
          const saved = key
            ? await ctx.api.saveTemplateVersion(programme.id, key, definition)
            : await ctx.api.createTemplate(programme.id, definition);
          work.replaceChildren();
          opener = null;
          await load(saved.key);
          ctx.announce(say('saved', { n: saved.version ?? 1, name: local(saved) }));
        },
      }),
    );

  const item = (v: TemplateView): HTMLLIElement => {
    const name = local(v);
    const tools = h('div', { class: 'ws-actions' });
    const previewButton: HTMLButtonElement = h(
      'button',
      {
        type: 'button',
        class: 'small',
        'aria-label': say('previewOf', { name }),
        onclick: () =>
          show(
            previewButton,
            h(
              'div',
              { class: 'tpl-preview-panel' },
              templatePreview(v.definition, `${headingId}-${v.key}-preview`, say('previewOf', { name })),
              h('button', { type: 'button', class: 'small', onclick: close }, say('close')),
            ),
          ),
      },
      say('preview'),
    );
    tools.append(previewButton);
    if (manages && !v.builtIn) {
      const editButton: HTMLButtonElement = h(
        'button',
        {
          type: 'button',
          class: 'small',
          'aria-label': say('editOf', { name }),
          onclick: () => edit(editButton, say('editorEdit', { name, n: v.version ?? 1 }), v.definition, v.key),
        },
        say('edit'),
      );
      tools.append(editButton);
    }
    if (manages) {
      const copyButton: HTMLButtonElement = h(
        'button',
        {
          type: 'button',
          class: 'small',
          'aria-label': say('copyOf', { name }),
          onclick: () =>
            edit(
              copyButton,
              say('editorNew'),
              { ...v.definition, name: say('copyName', { name: v.name }), nameEn: '' },
              null,
            ),
        },
        say('copy'),
      );
      tools.append(copyButton);
    }
    return h(
      'li',
      { class: 'tpl-entry', 'data-template': v.key },
      h(
        'div',
        { class: 'tpl-entry-head' },
        h('strong', {}, name),
        h('span', { class: 'ws-badge' }, v.builtIn ? say('builtIn') : say('versionN', { n: v.version ?? 1 })),
      ),
      h('p', { class: 'ws-meta tpl-summary' }, templateSummary(v.definition)),
      v.versions.length > 0
        ? h(
            'details',
            { class: 'tpl-versions' },
            h('summary', {}, say('versionsOf', { name })),
            h(
              'ul',
              {},
              ...v.versions.map((version) =>
                h(
                  'li',
                  {},
                  say('versionBy', {
                    n: version.version,
                    author: version.authorName,
                    date: day(version.createdAt.slice(0, 10)),
                  }),
                ),
              ),
            ),
          )
        : null,
      tools,
    );
  };

  async function load(focusKey?: string): Promise<void> {
    try {
      const templates = await ctx.api.templates(programme.id);
      const own = templates.filter((t) => !t.builtIn);
      list.removeAttribute('aria-busy');
      list.replaceChildren(
        h('h4', {}, say('builtInTemplates')),
        h('ul', { class: 'tpl-entries' }, ...templates.filter((t) => t.builtIn).map(item)),
        h('h4', {}, say('programmeTemplates')),
        own.length > 0
          ? h('ul', { class: 'tpl-entries' }, ...own.map(item))
          : h('p', { class: 'ws-meta' }, say('noOwnTemplates')),
      );
      if (focusKey) list.querySelector<HTMLElement>(`[data-template="${focusKey}"] button`)?.focus();
    } catch (error) {
      list.removeAttribute('aria-busy');
      list.replaceChildren(h('p', { class: 'form-error', role: 'alert' }, localize(failure(error))));
    }
  }

  const tools = h('div', { class: 'ws-actions' });
  if (manages) {
    const newButton: HTMLButtonElement = h(
      'button',
      { type: 'button', class: 'small primary', onclick: () => edit(newButton, say('editorNew'), empty, null) },
      say('newTemplate'),
    );
    tools.append(newButton);
  }
  void load();
  return h(
    'section',
    { class: 'ws-templates', 'aria-labelledby': headingId, 'data-programme-id': programme.id },
    h('h3', { id: headingId }, say('templatesOf', { title: programme.title })),
    h('p', { class: 'ws-meta' }, say('templatesNote')),
    tools,
    list,
    work,
  );
}
