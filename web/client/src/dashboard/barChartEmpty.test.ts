// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { barChart } from './barChart';

describe('bar chart figure', () => {
  it('says there is no data yet instead of drawing empty axes', () => {
    const figure = barChart(
      'Persone per zona',
      '0 righe',
      [{ name: 'Iscritte', className: 's' }],
      [{ label: 'Nord', values: [0] }],
      String,
      'Ancora nessun dato.',
    );
    expect(figure.querySelector('figcaption')?.textContent).toBe('Persone per zona');
    expect(figure.querySelector('.chart-empty-note')?.textContent).toBe('Ancora nessun dato.');
    expect(figure.querySelector('svg')).toBeNull();
  });

  it('draws one bar per value when there is something to show', () => {
    const figure = barChart(
      'Persone per zona',
      '2 righe',
      [{ name: 'Iscritte', className: 's' }],
      [
        { label: 'Nord', values: [3] },
        { label: 'Sud', values: [0] },
      ],
    );
    expect(figure.querySelectorAll('svg rect').length).toBe(2);
    expect(figure.querySelector('.chart-empty-note')).toBeNull();
  });
});
