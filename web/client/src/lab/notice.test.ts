import { describe, expect, it } from 'vitest';
import { applyEvent, fold } from '../canvas/apply';
import { eventStream, lanes, phases } from '../canvas/testEvents';
import { bilingual } from '../i18n/i18n';
import { noticeFor, stillHolds } from './notice';

const next = eventStream();
const open = fold([
  next('lab.create', { title: 'Abitare', templateId: 'bisogni-risorse-azioni', lanes, phases, voteBudget: 5 }),
  next('lab.phase', { phase: 'apertura' }),
]);

describe('notices and their causes', () => {
  it('a lock refusal lasts while the canvas is locked, for participants', () => {
    const locked = applyEvent(open, next('lab.lock', { locked: true }));
    const notice = noticeFor('canvas_locked', bilingual('canvasLocked'), locked);
    expect(stillHolds(notice, locked, 'participant')).toBe(true);
    expect(stillHolds(notice, applyEvent(locked, next('lab.lock', { locked: false })), 'participant')).toBe(false);
  });

  it('a phase refusal goes when the phase changes', () => {
    const notice = noticeFor('phase_forbids', bilingual('phaseForbids'), open);
    expect(stillHolds(notice, open, 'participant')).toBe(true);
    expect(stillHolds(notice, applyEvent(open, next('lab.phase', { phase: 'libera' })), 'participant')).toBe(false);
  });

  it('other refusals wait for an operation to go through', () => {
    expect(noticeFor('card_deleted', bilingual('phaseForbids'), open).cause).toBe('server');
  });
});
