import { failure } from '../app/failure';
import { localize } from '../i18n/i18n';
import { h } from '../ui/dom';
import { sayAdesioni as say } from './adesioniText';
import type { WorkspaceContext } from './context';
import type { LabSummary } from './types';

let nextId = 0;

/**
 * Imports a CSV or XLSX list of adesioni into a lab. The server takes every row or none: a refusal (wrong columns,
 * encoding, a duplicate, a formula, a bad row — the message names the row) is said in the form, which stays open with
 * the file chosen so that it can be fixed and sent again; `done` gets how many people were added.
 */
export function importForm(
  ctx: WorkspaceContext,
  lab: LabSummary,
  done: (imported: number, file: string) => Promise<void>,
  cancel: () => void,
): HTMLFormElement {
  const id = `import-${++nextId}`;
  const input = h('input', {
    id: `${id}-file`,
    type: 'file',
    name: 'file',
    required: true,
    accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'aria-describedby': `${id}-hint`,
  });
  const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, say('importSubmit'));
  const form = h(
    'form',
    { class: 'inline-form ws-import', 'aria-labelledby': `${id}-heading` },
    h('h4', { id: `${id}-heading` }, say('importOf', { title: lab.title })),
    h('p', { id: `${id}-hint`, class: 'ws-meta' }, say('importHint')),
    h('div', { class: 'field' }, h('label', { for: input.id }, say('importPick')), input),
    error,
    h('div', { class: 'row' }, submit, h('button', { type: 'button', onclick: cancel }, say('cancel'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const file = input.files?.[0];
    if (!file) {
      error.textContent = say('importNoFile');
      error.hidden = false;
      input.focus();
      return;
    }
    error.hidden = true;
    submit.setAttribute('aria-disabled', 'true');
    void ctx.api
      .importAdesioni(lab.id, file, file.name)
      .then(({ imported }) => done(imported, file.name))
      .catch((thrown: unknown) => {
        error.textContent = localize(failure(thrown));
        error.hidden = false;
      })
      .finally(() => submit.removeAttribute('aria-disabled'));
  });
  return form;
}
