import './forms.css';
import { failure } from '../app/failure';
import { localize } from '../i18n/i18n';
import { h } from '../ui/dom';

/** One field of an inline form: its name in the answer, its label, and how it is typed. */
export interface FieldSpec {
  name: string;
  label: string;
  kind?: 'text' | 'password' | 'textarea' | 'date' | 'time' | 'number' | 'select' | undefined;
  value?: string | undefined;
  required?: boolean | undefined;
  maxLength?: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
  step?: string | undefined;
  options?: readonly (readonly [string, string])[] | undefined;
  /** An id to give the control instead of a generated one (tests and older scripts find the lab form by these). */
  id?: string | undefined;
  autocomplete?: string | undefined;
}

export interface InlineFormOptions {
  heading: string;
  fields: FieldSpec[];
  submit: string;
  cancel?: string;
  /** Saves; a thrown error is shown in the form (the server's message in the chosen language) and the form stays. */
  onSubmit(values: Record<string, string>): Promise<void>;
  onCancel?(): void;
  className?: string;
  /** `h3` by default (a form inside a section); a form that is the whole page has the `h1`. */
  headingLevel?: 'h1' | 'h2' | 'h3';
  /** Lines shown between the heading and the fields. */
  intro?: Node[];
}

let nextId = 0;

/**
 * A small form that opens in place (create or edit one thing): labelled fields, its own error line read out by screen
 * readers, and the first field focused when it is shown.
 */
export function inlineForm(options: InlineFormOptions): HTMLFormElement {
  const headingId = `form-heading-${++nextId}`;
  const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const controls = new Map<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>();
  const fields = options.fields.map((spec) => {
    const id = spec.id ?? `f-${++nextId}-${spec.name}`;
    const control = makeControl(spec, id);
    controls.set(spec.name, control);
    return h(
      'div',
      { class: 'field' },
      h('label', { for: id }, spec.label, spec.required ? h('span', { 'aria-hidden': 'true' }, ' *') : null),
      control,
    );
  });
  const submit = h('button', { type: 'submit', class: 'primary' }, options.submit);
  const form = h(
    'form',
    { class: `inline-form ${options.className ?? ''}`.trim(), 'aria-labelledby': headingId },
    h(options.headingLevel ?? 'h3', { id: headingId }, options.heading),
    ...(options.intro ?? []),
    h('div', { class: 'inline-form-fields' }, ...fields),
    error,
    h(
      'div',
      { class: 'row' },
      submit,
      options.onCancel
        ? h('button', { type: 'button', onclick: () => options.onCancel?.() }, options.cancel ?? '')
        : null,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values: Record<string, string> = {};
    // Passwords are taken as typed; every other value without the spaces around it.
    for (const [name, control] of controls)
      values[name] = control.type === 'password' ? control.value : control.value.trim();
    error.hidden = true;
    submit.setAttribute('aria-disabled', 'true');
    void options.onSubmit(values).then(
      () => submit.removeAttribute('aria-disabled'),
      (thrown: unknown) => {
        submit.removeAttribute('aria-disabled');
        error.textContent = localize(failure(thrown));
        error.hidden = false;
      },
    );
  });
  return form;
}

function makeControl(spec: FieldSpec, id: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const common = { id, name: spec.name, required: spec.required ?? false };
  if (spec.kind === 'select') {
    const select = h('select', common, ...(spec.options ?? []).map(([value, label]) => h('option', { value }, label)));
    if (spec.value !== undefined) select.value = spec.value;
    return select;
  }
  if (spec.kind === 'textarea') {
    const area = h('textarea', { ...common, rows: 3, maxlength: spec.maxLength ?? null });
    area.value = spec.value ?? '';
    return area;
  }
  const input = h('input', {
    ...common,
    type: spec.kind ?? 'text',
    maxlength: spec.maxLength ?? null,
    min: spec.min ?? null,
    max: spec.max ?? null,
    step: spec.step ?? null,
    autocomplete: spec.autocomplete ?? null,
  });
  input.value = spec.value ?? '';
  return input;
}

/** A number field's value, or null when empty (the server then applies its default or says what is missing). */
export function numberOrNull(text: string | undefined): number | null {
  if (!text) return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
