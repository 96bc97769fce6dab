import { describe, expect, it } from 'vitest';
import { fold } from './apply';
import type { CanvasEvent, CanvasState } from './types';

// The shared vectors in tests/vectors (repository root), which the server's fold is tested against too.
// toStrictEqual ignores key order; arrays (lanes, phases, meetings, deleted) keep theirs, as on the server.
interface Vector {
  description?: string;
  events: CanvasEvent[];
  expected: CanvasState;
}

const vectors = import.meta.glob<Vector>('../../../../tests/vectors/*.json', { eager: true, import: 'default' });

describe('shared test vectors', () => {
  const entries = Object.entries(vectors);
  // Missing vectors fail: a fold checked against nothing must not pass.
  it('finds the vectors in tests/vectors', () => {
    expect(entries.map(([path]) => path.split('/').at(-1))).toContain('cards-links-votes.json');
  });
  it.each(entries.map(([path, vector]) => [path.split('/').at(-1) ?? path, vector] as const))('%s', (_name, vector) => {
    expect(fold(vector.events)).toStrictEqual(vector.expected);
  });
});
