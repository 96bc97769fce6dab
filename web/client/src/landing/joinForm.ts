import type { Sector } from '../canvas/types';
import type { AppContext } from '../app/context';
import type { StringKey } from '../i18n/strings';
import { field, h } from '../ui/dom';
import { failure } from '../app/failure';

const sectors: [Sector, StringKey][] = [
  ['ente_pubblico', 'sectorEntePubblico'],
  ['terzo_settore', 'sectorTerzoSettore'],
  ['cittadino', 'sectorCittadino'],
  ['altro', 'sectorAltro'],
];

/** "Entra in un laboratorio": join code, name, organisation and sector, then straight into the lab. */
export function joinForm(app: AppContext, code: string): HTMLElement {
  const codeInput = h('input', { name: 'code', required: true, autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: 40, value: code, i18nAttrs: { placeholder: 'joinCodeHint' } });
  const nameInput = h('input', { name: 'displayName', required: true, autocomplete: 'name', maxlength: 120 });
  const organisationInput = h('input', { name: 'organisation', autocomplete: 'organization', maxlength: 120 });
  const sectorSelect = h('select', { name: 'sector' }, ...sectors.map(([value, key]) => h('option', { value, i18n: key })));
  sectorSelect.value = 'altro';

  const form = h('form', { class: 'card-form', 'aria-labelledby': 'join-heading' },
    h('h2', { id: 'join-heading', i18n: 'joinHeading' }),
    field('join-code', 'joinCode', codeInput),
    field('join-name', 'displayName', nameInput),
    field('join-organisation', 'organisation', organisationInput),
    field('join-sector', 'sector', sectorSelect),
    h('button', { type: 'submit', class: 'primary', i18n: 'joinSubmit' }));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      app.error(null);
      try {
        const joined = await app.rest.join({
          code: codeInput.value.trim(), displayName: nameInput.value.trim(), organisation: organisationInput.value.trim(), sector: sectorSelect.value as Sector,
        });
        app.tokens.saveParticipant({ token: joined.token, labId: joined.labId, participantId: joined.participantId, title: '' });
        app.navigate(`/lab/${encodeURIComponent(joined.labId)}`);
      } catch (error) {
        app.error(failure(error));
      }
    })();
  });

  if (code) queueMicrotask(() => nameInput.focus());
  return form;
}
