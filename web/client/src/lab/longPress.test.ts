// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LongPress, longPressMs } from './longPress';

function pointer(type: string, x: number, y: number, more: PointerEventInit = {}): PointerEvent {
  return new PointerEvent(type, {
    bubbles: true,
    cancelable: true,
    pointerId: 1,
    pointerType: 'touch',
    isPrimary: true,
    clientX: x,
    clientY: y,
    ...more,
  });
}

describe('a long press', () => {
  let card: HTMLElement;
  let button: HTMLButtonElement;
  let fired: number;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
    button = document.createElement('button');
    card = document.createElement('li');
    card.append(document.createElement('p'), button);
    document.body.append(card);
    fired = 0;
    new LongPress(card, () => fired++);
  });

  afterEach(() => vi.useRealTimers());

  it('fires once a finger is held still for half a second', () => {
    card.firstElementChild?.dispatchEvent(pointer('pointerdown', 10, 10));
    vi.advanceTimersByTime(longPressMs - 1);
    expect(fired).toBe(0);
    card.firstElementChild?.dispatchEvent(pointer('pointermove', 13, 12));
    vi.advanceTimersByTime(1);
    expect(fired).toBe(1);
  });

  it('swallows the browser’s menu and the click a lift sends after it fired', () => {
    card.dispatchEvent(pointer('pointerdown', 10, 10));
    vi.advanceTimersByTime(longPressMs);
    const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    card.dispatchEvent(menu);
    expect(menu.defaultPrevented).toBe(true);
    card.dispatchEvent(pointer('pointerup', 10, 10));
    const text = card.firstElementChild as HTMLElement;
    let clicked = 0;
    text.addEventListener('click', () => clicked++);
    text.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(clicked).toBe(0);
    text.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(clicked).toBe(1);
  });

  it('does not fire for a finger that moves (a scroll), lifts, is taken by the browser, or is joined by a second', () => {
    card.dispatchEvent(pointer('pointerdown', 10, 10));
    card.dispatchEvent(pointer('pointermove', 10, 40));
    card.dispatchEvent(pointer('pointerdown', 10, 10));
    card.dispatchEvent(pointer('pointerup', 10, 10));
    card.dispatchEvent(pointer('pointerdown', 10, 10));
    card.dispatchEvent(pointer('pointercancel', 10, 10));
    card.dispatchEvent(pointer('pointerdown', 10, 10));
    card.dispatchEvent(pointer('pointerdown', 50, 10, { pointerId: 2, isPrimary: false }));
    vi.advanceTimersByTime(longPressMs * 2);
    expect(fired).toBe(0);
  });

  it('leaves the mouse, and presses on the card’s own buttons, alone', () => {
    card.dispatchEvent(pointer('pointerdown', 10, 10, { pointerType: 'mouse' }));
    vi.advanceTimersByTime(longPressMs * 2);
    card.dispatchEvent(pointer('pointerup', 10, 10, { pointerType: 'mouse' }));
    button.dispatchEvent(pointer('pointerdown', 10, 10));
    vi.advanceTimersByTime(longPressMs * 2);
    expect(fired).toBe(0);
  });
});
