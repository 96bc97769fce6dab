import type { FieldSpec } from './forms';
import { numberOrNull } from './forms';
import { say, type WorkspaceWord } from './text';
import type {
  Edizione,
  EdizioneRequest,
  Fund,
  Incontro,
  IncontroRequest,
  LabRequest,
  Percorso,
  PercorsoRequest,
  Programme,
  ProgrammeRequest,
  Sede,
} from './types';

// The fields of each thing the workspace creates or edits, and the request each form's values make.

export const funds: readonly (readonly [Fund, WorkspaceWord])[] = [
  ['fse_plus', 'fundFse'],
  ['pon', 'fundPon'],
  ['pnrr', 'fundPnrr'],
  ['piano_di_zona', 'fundPdz'],
  ['altro', 'fundOther'],
];

export const templates: readonly (readonly [string, WorkspaceWord])[] = [
  ['bisogni-risorse-azioni', 'templateBisogni'],
  ['criticita-punti-di-forza', 'templateCriticita'],
  ['da-a', 'templateDaA'],
  ['stakeholder-communityholder', 'templateStakeholder'],
  ['welfare-capacitante', 'templateWelfare'],
  ['macro-questioni', 'templateMacro'],
];

export function fundName(fund: string): string {
  const found = funds.find(([id]) => id === fund);
  return found ? say(found[1]) : fund;
}

const options = (pairs: readonly (readonly [string, WorkspaceWord])[]): [string, string][] =>
  pairs.map(([id, word]) => [id, say(word)]);

export function programmeFields(p?: Programme): FieldSpec[] {
  return [
    { name: 'title', label: say('title'), required: true, maxLength: 120, value: p?.title },
    { name: 'fund', label: say('fund'), kind: 'select', options: options(funds), value: p?.fund ?? 'fse_plus' },
    { name: 'cup', label: say('cup'), maxLength: 15, value: p?.cup },
    { name: 'startDate', label: say('startDate'), kind: 'date', required: true, value: p?.startDate },
    { name: 'endDate', label: say('endDate'), kind: 'date', required: true, value: p?.endDate },
    { name: 'ownerBody', label: say('ownerBody'), maxLength: 120, value: p?.ownerBody },
  ];
}

export function programmeRequest(v: Record<string, string>): ProgrammeRequest {
  return {
    title: v['title'] ?? '',
    fund: (v['fund'] ?? 'fse_plus') as Fund,
    cup: v['cup'] ?? '',
    startDate: v['startDate'] || null,
    endDate: v['endDate'] || null,
    ownerBody: v['ownerBody'] ?? '',
  };
}

export function percorsoFields(p?: Percorso): FieldSpec[] {
  return [
    { name: 'title', label: say('title'), required: true, maxLength: 120, value: p?.title },
    { name: 'targetGroup', label: say('targetGroup'), maxLength: 120, value: p?.targetGroup },
    {
      name: 'plannedHours',
      label: say('plannedHours'),
      kind: 'number',
      min: 0,
      max: 1000,
      step: '0.5',
      value: p ? String(p.plannedHours) : '',
    },
    {
      name: 'certificateThreshold',
      label: say('threshold'),
      kind: 'number',
      min: 1,
      max: 100,
      value: String(p?.certificateThreshold ?? 70),
    },
    {
      name: 'templateId',
      label: say('template'),
      kind: 'select',
      options: [['', say('templateNone')], ...options(templates)],
      value: p?.templateId ?? '',
    },
  ];
}

export function percorsoRequest(v: Record<string, string>): PercorsoRequest {
  return {
    title: v['title'] ?? '',
    targetGroup: v['targetGroup'] ?? '',
    plannedHours: numberOrNull(v['plannedHours']),
    certificateThreshold: numberOrNull(v['certificateThreshold']),
    templateId: v['templateId'] ?? '',
  };
}

export function edizioneFields(sedi: Sede[], e?: Edizione): FieldSpec[] {
  return [
    { name: 'title', label: say('title'), maxLength: 120, value: e?.title },
    {
      name: 'sedeId',
      label: say('sede'),
      kind: 'select',
      required: true,
      options: sedi.map((s) => [s.id, `${s.name} (${s.province})`] as const),
      value: e?.sedeId,
    },
    { name: 'startDate', label: say('startDate'), kind: 'date', required: true, value: e?.startDate },
    { name: 'endDate', label: say('endDate'), kind: 'date', required: true, value: e?.endDate },
  ];
}

export function edizioneRequest(v: Record<string, string>): EdizioneRequest {
  return {
    title: v['title'] ?? '',
    sedeId: v['sedeId'] ?? '',
    startDate: v['startDate'] || null,
    endDate: v['endDate'] || null,
  };
}

/** A lab's fields; a standalone lab created from the workspace also has free-text percorso, edizione and sede. */
export function labFields(lab?: { title: string; theme: string; mandate?: string }, standalone = false): FieldSpec[] {
  const fields: FieldSpec[] = [
    {
      name: 'title',
      label: say('title'),
      required: true,
      maxLength: 120,
      value: lab?.title,
      id: standalone ? 'lab-title' : undefined,
    },
    { name: 'theme', label: say('theme'), maxLength: 120, value: lab?.theme, id: standalone ? 'lab-theme' : undefined },
    {
      name: 'mandate',
      label: say('mandate'),
      kind: 'textarea',
      maxLength: 500,
      value: lab?.mandate,
      id: standalone ? 'lab-mandate' : undefined,
    },
  ];
  if (!lab)
    fields.push({
      name: 'templateId',
      label: say('template'),
      kind: 'select',
      options: [['', say('templateNone')], ...options(templates)],
      value: '',
      id: standalone ? 'lab-template' : undefined,
    });
  if (standalone) {
    fields.push(
      { name: 'percorso', label: say('labPercorso'), maxLength: 120, id: 'lab-percorso' },
      { name: 'edizione', label: say('labEdizione'), maxLength: 120, id: 'lab-edizione' },
      { name: 'sede', label: say('labSede'), maxLength: 120, id: 'lab-sede' },
    );
  }
  return fields;
}

export function labRequest(v: Record<string, string>): LabRequest {
  const request: LabRequest = { title: v['title'] ?? '', theme: v['theme'] ?? '', mandate: v['mandate'] ?? '' };
  // A programme template's option is "tpl-…@N": its key and the version the form showed.
  const [templateId, version] = (v['templateId'] ?? '').split('@');
  if (templateId) request.templateId = templateId;
  if (version) request.templateVersion = Number(version);
  if (v['percorso']) request.percorso = v['percorso'];
  if (v['edizione']) request.edizione = v['edizione'];
  if (v['sede']) request.sede = v['sede'];
  return request;
}

export function incontroFields(sedi: Sede[], defaultSede: string, i?: Incontro): FieldSpec[] {
  return [
    { name: 'date', label: say('date'), kind: 'date', required: true, value: i?.date },
    { name: 'start', label: say('start'), kind: 'time', required: true, value: i?.start.slice(0, 5) },
    { name: 'end', label: say('end'), kind: 'time', required: true, value: i?.end.slice(0, 5) },
    {
      name: 'plannedHours',
      label: say('hours'),
      kind: 'number',
      min: 0,
      max: 24,
      step: '0.5',
      value: i ? String(i.plannedHours) : '',
    },
    {
      name: 'mode',
      label: say('mode'),
      kind: 'select',
      options: [
        ['presenza', say('presenza')],
        ['remoto', say('remoto')],
        ['misto', say('misto')],
      ],
      value: i?.mode ?? 'presenza',
    },
    {
      name: 'sedeId',
      label: say('sede'),
      kind: 'select',
      options: [['', '—'], ...sedi.map((s) => [s.id, s.name] as [string, string])],
      value: i?.sedeId ?? defaultSede,
    },
  ];
}

export function incontroRequest(v: Record<string, string>): IncontroRequest {
  return {
    date: v['date'] || null,
    start: v['start'] || null,
    end: v['end'] || null,
    plannedHours: numberOrNull(v['plannedHours']),
    mode: v['mode'] ?? 'presenza',
    sedeId: v['sedeId'] ?? '',
  };
}

/** "presenza", "remoto", "misto" in words. */
export function modeName(mode: string): string {
  return mode === 'remoto' ? say('remoto') : mode === 'misto' ? say('misto') : say('presenza');
}

/** "2026-02-01" as 01/02/2026 (the Italian way, which English readers in Italy read too). */
export function day(date: string): string {
  const [y, m, d] = date.split('-');
  return y && m && d ? `${d}/${m}/${y}` : date;
}
