import { describe, expect, it, vi } from 'vitest';
import { fromQuery, showInAddress, toQuery } from './addressFilter';

const empty = { text: '', status: '', date: '' };

describe('filters in the address', () => {
  it("writes only the chosen fields, in the filter's order, escaped", () => {
    expect(toQuery({ text: 'città & mare', status: 'running', date: '' })).toBe(
      '?text=citt%C3%A0+%26+mare&status=running',
    );
    expect(toQuery(empty)).toBe('');
  });

  it('reads back what it wrote', () => {
    const filter = { text: 'città & mare', status: 'running', date: '2026-12-01' };
    expect(fromQuery(toQuery(filter), empty)).toEqual(filter);
  });

  it('ignores names it does not know and leaves refused values empty', () => {
    const valid = {
      status: (v: string) => ['running', 'planned'].includes(v),
      date: (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v),
    };
    expect(fromQuery('?status=sometimes&date=ieri&other=1&text=%20Pisa%20', empty, valid)).toEqual({
      text: 'Pisa',
      status: '',
      date: '',
    });
    expect(fromQuery('', empty)).toEqual(empty);
  });

  it('pushes a choice, replaces while typing, and does nothing when the address already says it', () => {
    const past = { pushState: vi.fn(), replaceState: vi.fn() };
    const where = { pathname: '/staff', search: '', hash: '' };
    showInAddress({ ...empty, status: 'running' }, 'push', where, past);
    expect(past.pushState).toHaveBeenCalledWith(null, '', '/staff?status=running');
    showInAddress({ ...empty, text: 'Pi' }, 'replace', where, past);
    expect(past.replaceState).toHaveBeenCalledWith(null, '', '/staff?text=Pi');
    showInAddress(empty, 'push', where, past);
    showInAddress({ ...empty, date: '2026-12-01' }, 'push', { ...where, search: '?date=2026-12-01' }, past);
    expect(past.pushState).toHaveBeenCalledTimes(1);
    expect(past.replaceState).toHaveBeenCalledTimes(1);
  });

  it('keeps the fragment', () => {
    const past = { pushState: vi.fn(), replaceState: vi.fn() };
    showInAddress({ zone: 'Nord' }, 'push', { pathname: '/staff/cruscotto/p1', search: '?zone=Sud', hash: '#x' }, past);
    expect(past.pushState).toHaveBeenCalledWith(null, '', '/staff/cruscotto/p1?zone=Nord#x');
  });
});
