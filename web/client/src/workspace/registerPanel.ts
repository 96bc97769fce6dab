import { failure } from '../app/failure';
import { localize } from '../i18n/i18n';
import { h } from '../ui/dom';
import type { WorkspaceContext } from './context';
import { saveFile } from './download';
import { day } from './editors';
import { say } from './text';
import type { Incontro, RegisterRow, RegisterView } from './types';

const statuses = ['presente', 'ritardo', 'uscita_anticipata', 'assente'] as const;
type StatusKey = 'statusPresente' | 'statusRitardo' | 'statusUscita' | 'statusAssente';
const statusKeys: Record<string, StatusKey> = {
  presente: 'statusPresente',
  ritardo: 'statusRitardo',
  uscita_anticipata: 'statusUscita',
  assente: 'statusAssente',
};

/** A status in words ("presente", "in ritardo", …). */
export function statusName(status: string): string {
  const key = statusKeys[status];
  return key ? say(key) : status;
}

/**
 * An incontro's register (roll call): everyone in the lab's roster, people without a device included, each with
 * whether they are online now and what their connections suggest; who takes the roll call marks each person (the
 * suggestion is pre-filled) and may confirm every suggestion at once. Exports: CSV, XLSX, the sign-in sheet.
 * Times are Europe/Rome, and the panel says so.
 */
export function registerPanel(ctx: WorkspaceContext, incontro: Incontro, marks: boolean): HTMLElement {
  const when = `${day(incontro.date)} ${incontro.start.slice(0, 5)}–${incontro.end.slice(0, 5)}`;
  const name = say('registerOf', { when });
  const panel = h('section', { class: 'ws-register', 'aria-label': name, 'aria-busy': 'true' });
  const summary = h('p', { class: 'ws-meta' });
  const closed = h('p', { class: 'ws-note', hidden: true }, say('registerClosed'));
  const status = h('p', { class: 'ws-meta', role: 'status', 'aria-live': 'polite' });
  const list = h('ul', { class: 'ws-register-list' });
  const confirmAll = h(
    'button',
    { type: 'button', class: 'small', hidden: true, onclick: () => void confirmSuggested() },
    say('confirmSuggested'),
  );
  let view: RegisterView | null = null;

  const load = async (): Promise<void> => {
    try {
      view = await ctx.api.register(incontro.id);
      render(view);
      panel.removeAttribute('aria-busy');
    } catch (error) {
      list.replaceChildren(h('li', { class: 'form-error', role: 'alert' }, localize(failure(error))));
    }
  };

  const render = (v: RegisterView): void => {
    summary.textContent = say('registerSummary', { present: v.present, enrolled: v.enrolled });
    closed.hidden = v.open;
    const canMark = marks && v.open;
    confirmAll.hidden = !canMark || !v.rows.some((r) => !r.status && r.suggested);
    list.replaceChildren(...v.rows.map((r) => row(r, canMark)));
    if (v.rows.length === 0) list.replaceChildren(h('li', {}, say('registerEmpty')));
  };

  const row = (r: RegisterRow, canMark: boolean): HTMLLIElement => {
    const who = { name: r.displayName };
    const facts = [
      r.organisation,
      r.kind === 'non_aderente' ? say('walkIn') : '',
      r.online ? say('onlineNow') : '',
      r.suggested && !r.status ? say('suggested', { status: statusName(r.suggested) }) : '',
      say('hoursCounted', { hours: r.hours.toLocaleString('it-IT') }),
    ]
      .filter(Boolean)
      .join(' · ');
    const head = h(
      'div',
      { class: 'ws-lab-head' },
      h('span', { class: 'ws-adesione-name' }, r.displayName),
      r.status ? h('span', { class: 'ws-badge' }, statusName(r.status)) : null,
    );
    const item = h(
      'li',
      { class: 'ws-register-row', 'data-member-id': r.memberId },
      head,
      h('p', { class: 'ws-meta' }, facts),
    );
    if (!canMark) return item;
    const select = h(
      'select',
      { 'aria-label': say('statusOf', who) },
      h('option', { value: '' }, say('notMarked')),
      ...statuses.map((s) => h('option', { value: s }, statusName(s))),
    );
    select.value = r.status ?? r.suggested ?? '';
    const entry = h('input', { type: 'time', 'aria-label': say('entryOf', who), value: r.entry ?? '' });
    const exit = h('input', { type: 'time', 'aria-label': say('exitOf', who), value: r.exit ?? '' });
    const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
    const form = h(
      'form',
      { class: 'ws-mark', 'aria-label': say('markOf', who) },
      select,
      entry,
      exit,
      h('button', { type: 'submit', class: 'small primary', 'aria-label': say('saveMarkOf', who) }, say('save')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!select.value) return;
      error.hidden = true;
      void ctx.api
        .mark(incontro.id, r.memberId, { status: select.value, entry: entry.value || null, exit: exit.value || null })
        .then(async () => {
          status.textContent = say('marked', { name: r.displayName, status: statusName(select.value) });
          await load();
        })
        .catch((thrown: unknown) => {
          error.textContent = localize(failure(thrown));
          error.hidden = false;
        });
    });
    item.append(form, error);
    return item;
  };

  // Everyone not marked yet takes what their connections suggest, one mark each (the server keeps each as a change).
  const confirmSuggested = async (): Promise<void> => {
    if (!view) return;
    try {
      let n = 0;
      for (const r of view.rows.filter((x) => !x.status && x.suggested)) {
        await ctx.api.mark(incontro.id, r.memberId, { status: r.suggested!, entry: null, exit: null });
        n++;
      }
      status.textContent = say('confirmedSuggested', { n });
      await load();
    } catch (error) {
      status.textContent = localize(failure(error));
    }
  };

  const exportButton = (format: string, label: string, file: string): HTMLButtonElement =>
    h(
      'button',
      {
        type: 'button',
        class: 'small',
        onclick: () =>
          void ctx.api
            .file(`/api/incontri/${encodeURIComponent(incontro.id)}/register/export?format=${format}`, file)
            .then(saveFile, (error: unknown) => ctx.app.error(failure(error))),
      },
      label,
    );
  const base = `registro-${incontro.date}`;
  panel.append(
    h('h3', {}, name),
    summary,
    h('p', { class: 'ws-meta' }, say('registerZone')),
    closed,
    status,
    confirmAll,
    h(
      'div',
      { class: 'ws-actions', role: 'group', 'aria-label': say('registerExports') },
      exportButton('csv', 'CSV', `${base}.csv`),
      exportButton('xlsx', 'XLSX', `${base}.xlsx`),
      exportButton('html', say('signInSheet'), `${base}.html`),
      exportButton('pdf', say('signInSheetPdf'), `${base}.pdf`),
    ),
    list,
  );
  void load();
  return panel;
}
