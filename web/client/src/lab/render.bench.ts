// @vitest-environment happy-dom
import { bench, describe } from 'vitest';
import { applyEvent } from '../canvas/apply';
import { bigCanvas } from '../bench/bigCanvas';
import { noFilter } from './cardFilter';
import type { CardActions } from './cardActions';
import { BoardView } from './boardView';

// One live event (a vote) applied to a canvas of 1,000 cards and 3,000 links, then drawn by the board as the lab screen
// draws it. Run: npx vitest bench --run src/lab/render.bench.ts (figures in docs/performance.md, "Drawing the room").

const noop = (): never => undefined as never;
const actions = new Proxy({}, { get: () => noop }) as CardActions;
const { state: start, next } = bigCanvas();
const board = new BoardView(
  actions,
  () => true,
  () => undefined,
);
document.body.append(board.element);
const editors = new Map<string, string[]>();
let state = start;
const draw = (): void =>
  board.render({
    state,
    confirmed: state,
    me: 'p-1',
    role: 'participant',
    choosing: null,
    editors,
    shows: () => true,
    showsKey: 'all',
    filter: noFilter,
    onBehalf: null,
  });
draw();
let i = 0;

describe('one live event on 1,000 cards and 3,000 links', () => {
  bench(
    'apply a vote and draw',
    () => {
      state = applyEvent(
        state,
        next(i % 2 === 0 ? 'vote.cast' : 'vote.retract', { cardId: `c${(i * 37) % 1_000}` }, 'p-1'),
      );
      i++;
      draw();
    },
    { iterations: 200, warmupIterations: 10, time: 0 },
  );
});
