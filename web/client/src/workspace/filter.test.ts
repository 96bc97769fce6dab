import { describe, expect, it } from 'vitest';
import { edizioneStatus, filterFromAddress, filterWorkspace, fold, noFilter } from './filter';
import type { Edizione, LabSummary, ProgrammeDetail, Workspace } from './types';

const edizione = (
  id: string,
  percorsoId: string,
  sedeId: string,
  startDate: string,
  endDate: string,
  archived = false,
): Edizione => ({
  id,
  percorsoId,
  programmeId: 'prg-1',
  title: `Edizione ${id.slice(-1)}`,
  sedeId,
  startDate,
  endDate,
  archived,
});
const lab = (id: string, title: string, edizioneId: string | null, theme = ''): LabSummary => ({
  id,
  title,
  theme,
  programmeId: edizioneId ? 'prg-1' : null,
  edizioneId,
  closed: false,
  enrolled: 0,
  createdAt: '2026-01-01T00:00:00Z',
  role: 'facilitator',
});

function workspace(): Workspace {
  const detail: ProgrammeDetail = {
    programme: {
      id: 'prg-1',
      title: 'Innovazione e inclusione sociale',
      fund: 'fse_plus',
      cup: '',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      ownerBody: 'Regione Toscana',
      archived: false,
      createdAt: '',
    },
    canManage: true,
    percorsi: [
      {
        id: 'prc-a',
        programmeId: 'prg-1',
        title: 'Insieme per co-progettare',
        targetGroup: '',
        plannedHours: 12,
        certificateThreshold: 70,
        templateId: '',
        archived: false,
      },
      {
        id: 'prc-b',
        programmeId: 'prg-1',
        title: 'Welfare di comunità',
        targetGroup: '',
        plannedHours: 12,
        certificateThreshold: 70,
        templateId: '',
        archived: false,
      },
      {
        id: 'prc-c',
        programmeId: 'prg-1',
        title: 'Percorso vuoto',
        targetGroup: '',
        plannedHours: 12,
        certificateThreshold: 70,
        templateId: '',
        archived: false,
      },
    ],
    edizioni: [
      edizione('edz-1', 'prc-a', 'firenze', '2026-02-01', '2026-03-01'),
      edizione('edz-2', 'prc-a', 'pisa', '2026-11-01', '2026-12-20'),
      edizione('edz-3', 'prc-b', 'siena', '2026-12-10', '2026-12-30'),
      edizione('edz-4', 'prc-b', 'pisa', '2026-04-01', '2026-05-01', true),
    ],
    labs: [
      lab('lab-1', 'Abitare e comunità', 'edz-1', 'Abitare'),
      lab('lab-2', 'Giovani al centro', 'edz-2', 'Giovani'),
    ],
    incontri: [
      {
        id: 'inc-1',
        labId: 'lab-1',
        date: '2026-06-15',
        start: '09:30:00',
        end: '12:30:00',
        plannedHours: 3,
        mode: 'presenza',
        sedeId: 'firenze',
      },
    ],
    staff: [],
  };
  return {
    programmes: [detail],
    standaloneLabs: [lab('lab-9', 'Tavolo della città', null, 'Città')],
    today: [],
    sedi: [
      { id: 'firenze', name: 'Firenze', province: 'FI', zone: 'Fiorentina' },
      { id: 'pisa', name: 'Pisa', province: 'PI', zone: 'Pisana' },
      { id: 'siena', name: 'Siena', province: 'SI', zone: 'Senese' },
    ],
    date: '2026-12-01',
  };
}

const shape = (w: Workspace, filter: Partial<typeof noFilter>) => {
  const view = filterWorkspace(w, { ...noFilter, ...filter });
  return {
    tree: view.programmes.map((p) =>
      p.percorsi.map(
        (c) =>
          `${c.percorso.id}:${c.edizioni.map((e) => `${e.edizione.id}[${e.labs.map((l) => l.id).join(',')}]`).join(' ')}`,
      ),
    ),
    standalone: view.standaloneLabs.map((l) => l.id),
  };
};

describe('workspace filter', () => {
  it('shows everything unfiltered, empty percorsi included', () => {
    expect(shape(workspace(), {})).toEqual({
      tree: [['prc-a:edz-1[lab-1] edz-2[lab-2]', 'prc-b:edz-3[] edz-4[]', 'prc-c:']],
      standalone: ['lab-9'],
    });
  });

  it('tells planned, running, finished and archived editions apart by today and by what is archived above them', () => {
    const w = workspace();
    expect(w.programmes[0]!.edizioni.map((e) => edizioneStatus(e, w.date))).toEqual([
      'finished',
      'running',
      'planned',
      'archived',
    ]);
    expect(edizioneStatus(w.programmes[0]!.edizioni[1]!, w.date, true)).toBe('archived');
    expect(shape(w, { status: 'running' }).tree).toEqual([['prc-a:edz-2[lab-2]']]);
    expect(shape(w, { status: 'planned' })).toEqual({ tree: [['prc-b:edz-3[]']], standalone: [] });
  });

  it('finds a lab by every word typed, without accents or case, and keeps only the branch it is on', () => {
    expect(shape(workspace(), { text: 'abitare COMUNITA' })).toEqual({
      tree: [['prc-a:edz-1[lab-1]']],
      standalone: [],
    });
  });

  it('finds editions by their sede and every lab under a matching name', () => {
    expect(shape(workspace(), { text: 'pisa' })).toEqual({
      tree: [['prc-a:edz-2[lab-2]', 'prc-b:edz-4[]']],
      standalone: [],
    });
    expect(shape(workspace(), { text: 'welfare' }).tree).toEqual([['prc-b:edz-3[] edz-4[]']]);
  });

  it('narrows by percorso, edizione and sede, leaving out labs that stand alone', () => {
    expect(shape(workspace(), { percorso: 'prc-b' })).toEqual({ tree: [['prc-b:edz-3[] edz-4[]']], standalone: [] });
    expect(shape(workspace(), { edizione: 'edz-2' }).tree).toEqual([['prc-a:edz-2[lab-2]']]);
    expect(shape(workspace(), { sede: 'pisa', percorso: 'prc-a' }).tree).toEqual([['prc-a:edz-2[lab-2]']]);
  });

  it('takes a date inside an edition, or the day of one of its labs’ incontri', () => {
    expect(shape(workspace(), { date: '2026-12-15' }).tree).toEqual([['prc-a:edz-2[lab-2]', 'prc-b:edz-3[]']]);
    expect(shape(workspace(), { date: '2026-06-15' }).tree).toEqual([['prc-a:edz-1[lab-1]']]);
  });

  it('shows nothing when nothing matches', () => {
    expect(shape(workspace(), { text: 'zzz' })).toEqual({ tree: [], standalone: [] });
  });

  it('folds accents and case', () => {
    expect(fold('Città Èmpoli')).toBe('citta empoli');
  });
});

describe('workspace filter in the address', () => {
  it('restores every field the address names', () => {
    expect(
      filterFromAddress('?text=citt%C3%A0&percorso=prc-a&edizione=edz-2&sede=pisa&status=running&date=2026-11-23'),
    ).toEqual({
      text: 'città',
      percorso: 'prc-a',
      edizione: 'edz-2',
      sede: 'pisa',
      status: 'running',
      date: '2026-11-23',
    });
  });

  it('drops a status that does not exist and a date that is not one', () => {
    expect(filterFromAddress('?status=sempre&date=ieri&sede=siena')).toEqual({ ...noFilter, sede: 'siena' });
  });

  it('filters the same way after the round trip', () => {
    const data = workspace();
    const filter = { ...noFilter, sede: 'pisa', status: 'running' as const };
    const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v)).toString();
    expect(filterWorkspace(data, filterFromAddress(`?${query}`))).toEqual(filterWorkspace(data, filter));
  });
});
