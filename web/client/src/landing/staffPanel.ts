import type { AppContext } from '../app/context';
import { failure } from '../app/failure';
import { ApiError } from '../api/rest';
import type { Lab } from '../api/types';
import type { StaffSession } from '../auth/tokens';
import { t } from '../i18n/i18n';
import type { StringKey } from '../i18n/strings';
import { field, h } from '../ui/dom';

const roleNames: Record<string, StringKey> = {
  facilitator: 'roleFacilitator', trainer: 'roleTrainer', admin: 'roleAdmin', participant: 'roleParticipant',
};

export function roleName(role: string): string {
  const key = roleNames[role];
  return key ? t(key) : role;
}

/** The canvas templates of docs/protocol.md, with their names in the table. */
const templates: [string, StringKey][] = [
  ['bisogni-risorse-azioni', 'templateBisogni'],
  ['criticita-punti-di-forza', 'templateCriticita'],
  ['da-a', 'templateDaA'],
  ['stakeholder-communityholder', 'templateStakeholder'],
  ['welfare-capacitante', 'templateWelfare'],
  ['macro-questioni', 'templateMacro'],
];

const sedi = ['Firenze', 'Pisa', 'Siena', 'Lucca', 'Arezzo', 'Massa', 'Empoli', 'Pistoia', 'Grosseto', 'Livorno', 'Prato'];

/** "Accesso staff": sign in, then the labs with a way into each, and for facilitators a form for a new one. */
export class StaffPanel {
  readonly element = h('section', { class: 'card-form', 'aria-labelledby': 'staff-heading' });
  private labs: Lab[] | null = null;
  /** Only the list is redrawn when the labs arrive: a form being filled in meanwhile keeps what was typed. */
  private readonly listSlot = h('div', { class: 'lab-list-slot' });

  constructor(private readonly app: AppContext) {
    this.render();
  }

  relocalize(): void {
    this.render();
  }

  private render(): void {
    const session = this.app.tokens.staff();
    this.element.replaceChildren(h('h2', { id: 'staff-heading', i18n: 'staffHeading' }), ...(session ? this.signedIn(session) : [this.loginForm()]));
    if (session && this.labs === null) void this.loadLabs(session);
  }

  private loginForm(): HTMLFormElement {
    const user = h('input', { name: 'userName', required: true, autocomplete: 'username', autocapitalize: 'none' });
    const password = h('input', { name: 'password', type: 'password', required: true, autocomplete: 'current-password' });
    const form = h('form', {}, field('staff-user', 'userName', user), field('staff-password', 'password', password),
      h('button', { type: 'submit', class: 'primary', i18n: 'signIn' }));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run(async () => {
        const login = await this.app.rest.login({ userName: user.value.trim(), password: password.value });
        this.app.tokens.saveStaff(login);
        this.labs = null;
        this.render();
      });
    });
    return form;
  }

  private signedIn(session: StaffSession): HTMLElement[] {
    const signOut = h('button', { type: 'button', i18n: 'signOut', onclick: () => {
      this.app.tokens.forgetStaff();
      this.labs = null;
      this.render();
    } });
    const parts: HTMLElement[] = [
      h('p', { class: 'signed-in' }, t('signedInAs', { name: session.displayName, role: roleName(session.role) }), ' ', signOut),
      h('h3', { i18n: 'labsHeading' }),
      this.listSlot,
    ];
    this.listSlot.replaceChildren(this.labList());
    if (session.role === 'facilitator' || session.role === 'admin') parts.push(this.newLabForm(session));
    return parts;
  }

  private labList(): HTMLElement {
    if (this.labs === null) return h('p', { 'aria-busy': 'true' }, '…');
    if (this.labs.length === 0) return h('p', { i18n: 'noLabs' });
    return h('ul', { class: 'lab-list' }, ...this.labs.map((lab) => h('li', {},
      h('span', { class: 'lab-list-title' }, lab.title, lab.closed ? ` (${t('labClosed')})` : ''),
      h('span', { class: 'lab-list-meta' }, t('labSummary', { sede: lab.sede || '—', edizione: lab.edizione || '—', enrolled: lab.enrolled })),
      h('button', { type: 'button', 'aria-label': t('openLab', { title: lab.title }), onclick: () => this.app.navigate(`/lab/${encodeURIComponent(lab.id)}`) }, t('open')),
      h('a', { href: `/lab/${encodeURIComponent(lab.id)}/replay`, class: 'lab-list-replay', 'aria-label': t('replayLinkLabel', { title: lab.title }), onclick: (event) => {
        event.preventDefault();
        this.app.navigate(`/lab/${encodeURIComponent(lab.id)}/replay`);
      } }, t('replayLink')))));
  }

  private newLabForm(session: StaffSession): HTMLFormElement {
    const title = h('input', { name: 'title', required: true, maxlength: 120 });
    const theme = h('input', { name: 'theme', maxlength: 120 });
    const mandate = h('textarea', { name: 'mandate', rows: 2, maxlength: 500 });
    const template = h('select', { name: 'templateId' }, ...templates.map(([id, key]) => h('option', { value: id, i18n: key })));
    const percorso = h('input', { name: 'percorso', maxlength: 120 });
    const edizione = h('input', { name: 'edizione', maxlength: 120 });
    const sede = h('input', { name: 'sede', maxlength: 120, list: 'sedi' });
    const sites = h('datalist', { id: 'sedi' }, ...sedi.map((s) => h('option', { value: s })));
    const form = h('form', { 'aria-labelledby': 'new-lab-heading' }, h('h3', { id: 'new-lab-heading', i18n: 'newLabHeading' }),
      field('lab-title', 'labTitle', title), field('lab-theme', 'labTheme', theme), field('lab-mandate', 'labMandate', mandate),
      field('lab-template', 'labTemplate', template), field('lab-percorso', 'labPercorso', percorso), field('lab-edizione', 'labEdizione', edizione),
      field('lab-sede', 'labSede', sede), sites, h('button', { type: 'submit', class: 'primary', i18n: 'create' }));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run(async () => {
        const lab = await this.app.rest.createLab(session.token, {
          title: title.value.trim(), theme: theme.value.trim(), mandate: mandate.value.trim(), percorso: percorso.value.trim(),
          edizione: edizione.value.trim(), sede: sede.value.trim(), templateId: template.value,
        });
        this.labs = null;
        // Straight into the new lab: the facilitator is about to run it.
        this.app.navigate(`/lab/${encodeURIComponent(lab.id)}`);
        this.app.status('labCreated', { title: lab.title });
      });
    });
    return form;
  }

  private async loadLabs(session: StaffSession): Promise<void> {
    await this.run(async () => {
      this.labs = await this.app.rest.labs(session.token);
      this.listSlot.replaceChildren(this.labList());
    });
  }

  /** Runs a call, showing its error; an expired staff token signs out. */
  private async run(action: () => Promise<void>): Promise<void> {
    this.app.error(null);
    try {
      await action();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401 && this.app.tokens.staff()) {
        this.app.tokens.forgetStaff();
        this.labs = null;
        this.render();
      }
      this.app.error(failure(error));
    }
  }
}
