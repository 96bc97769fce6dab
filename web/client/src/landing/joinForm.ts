import type { Sector } from '../canvas/types';
import type { AppContext } from '../app/context';
import type { StringKey } from '../i18n/strings';
import { field, h } from '../ui/dom';
import { failure } from '../app/failure';
import { adherentFound, adherentQuestion } from './adherentQuestion';
import { loadPrivacyNotice, privacyNoticeView, rememberAccepted } from './privacyNotice';

const sectors: [Sector, StringKey][] = [
  ['ente_pubblico', 'sectorEntePubblico'],
  ['terzo_settore', 'sectorTerzoSettore'],
  ['cittadino', 'sectorCittadino'],
  ['altro', 'sectorAltro'],
];

/**
 * "Entra in un laboratorio": join code, name, organisation and sector, the privacy notice, then straight into the lab.
 * Joining acknowledges the notice: the version read is sent with the join and recorded by the server. When the name and
 * organisation are already among the lab's adesioni, the form asks "sei tu?" before joining (as that person, or as new).
 */
export function joinForm(app: AppContext, code: string): HTMLElement {
  const codeInput = h('input', {
    name: 'code',
    required: true,
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: 40,
    value: code,
    i18nAttrs: { placeholder: 'joinCodeHint' },
  });
  const nameInput = h('input', { name: 'displayName', required: true, autocomplete: 'name', maxlength: 120 });
  const organisationInput = h('input', { name: 'organisation', autocomplete: 'organization', maxlength: 120 });
  const sectorSelect = h(
    'select',
    { name: 'sector' },
    ...sectors.map(([value, key]) => h('option', { value, i18n: key })),
  );
  sectorSelect.value = 'altro';
  const notice = loadPrivacyNotice();
  // The register of enti of the lab's programme, offered as suggestions for the organisation: picking one sends its id,
  // so the canonical name and sector are recorded. Read once per code, when the organisation field is first used.
  const entiList = h('datalist', { id: 'join-enti' });
  organisationInput.setAttribute('list', 'join-enti');
  let enti: JoinEnte[] = [];
  let entiFor = '';
  organisationInput.addEventListener('focus', () => {
    const typed = codeInput.value.trim();
    if (!typed || typed === entiFor) return;
    entiFor = typed;
    void loadEnti(typed).then((list) => {
      enti = list;
      entiList.replaceChildren(...list.map((e) => h('option', { value: e.name })));
    });
  });
  organisationInput.addEventListener('change', () => {
    const ente = enti.find((e) => e.name === organisationInput.value.trim());
    if (ente && sectors.some(([value]) => value === ente.sector)) sectorSelect.value = ente.sector;
  });

  // Where "sei tu?" is asked after the server found the person among the adesioni (cleared when the form is sent again).
  const questionSlot = h('div', { class: 'adherent-slot' });
  const form = h(
    'form',
    { class: 'card-form', 'aria-labelledby': 'join-heading' },
    h('h2', { id: 'join-heading', i18n: 'joinHeading' }),
    field('join-code', 'joinCode', codeInput),
    field('join-name', 'displayName', nameInput),
    field('join-organisation', 'organisation', organisationInput),
    entiList,
    field('join-sector', 'sector', sectorSelect),
    privacyNoticeView(notice),
    h('p', { id: 'join-privacy-ack', class: 'hint', i18n: 'privacyAcknowledge' }),
    h('button', { type: 'submit', class: 'primary', i18n: 'joinSubmit', 'aria-describedby': 'join-privacy-ack' }),
    questionSlot,
  );

  const send = async (answer: { adherentId?: string; newPerson?: boolean } = {}): Promise<void> => {
    app.error(null);
    questionSlot.replaceChildren();
    try {
      const privacyVersion = (await notice)?.version;
      const ente = enti.find((e) => e.name === organisationInput.value.trim());
      const joined = await app.rest.join({
        code: codeInput.value.trim(),
        displayName: nameInput.value.trim(),
        organisation: organisationInput.value.trim(),
        sector: sectorSelect.value as Sector,
        ...(privacyVersion ? { privacyVersion } : {}),
        ...(ente ? { enteId: ente.id } : {}),
        ...answer,
      });
      rememberAccepted(localStorage, privacyVersion);
      app.tokens.saveParticipant({
        token: joined.token,
        labId: joined.labId,
        participantId: joined.participantId,
        title: '',
      });
      app.navigate(`/lab/${encodeURIComponent(joined.labId)}`);
    } catch (error) {
      const found = adherentFound(error);
      if (!found) {
        app.error(failure(error));
        return;
      }
      questionSlot.replaceChildren(
        adherentQuestion(found, (itIsMe) => void send(itIsMe ? { adherentId: found.adherentId } : { newPerson: true })),
      );
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });

  if (code) queueMicrotask(() => nameInput.focus());
  return form;
}

/** An ente of the register the join form offers (GET /api/join/enti). */
interface JoinEnte {
  id: string;
  name: string;
  sector: string;
}

async function loadEnti(code: string): Promise<JoinEnte[]> {
  try {
    const response = await fetch(`/api/join/enti?code=${encodeURIComponent(code)}`, {
      headers: { Accept: 'application/json' },
    });
    return response.ok ? ((await response.json()) as JoinEnte[]) : [];
  } catch {
    return [];
  }
}
