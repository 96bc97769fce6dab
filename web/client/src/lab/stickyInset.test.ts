import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepClearOfStickyBar, stickyInsetProperty } from './stickyInset';

/** A ResizeObserver that reports when the test says the bar changed size. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: unknown[] = [];
  disconnected = false;
  constructor(readonly report: () => void) {
    FakeObserver.last = this;
  }
  observe(target: unknown): void {
    this.observed.push(target);
  }
  disconnect(): void {
    this.disconnected = true;
  }
}

/** The page's element: only its style's custom properties. */
function page(): HTMLElement {
  const values = new Map<string, string>();
  const style = {
    setProperty: (name: string, value: string) => void values.set(name, value),
    removeProperty: (name: string) => (values.delete(name) ? name : ''),
    getPropertyValue: (name: string) => values.get(name) ?? '',
  };
  return { style } as unknown as HTMLElement;
}

describe('keepClearOfStickyBar', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sets the inset to the bar height, rounded up, each time the bar changes size, and clears it when stopped', () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    let height = 87.4;
    const bar = { getBoundingClientRect: () => ({ height }) } as unknown as HTMLElement;
    const root = page();
    const stop = keepClearOfStickyBar(bar, root);
    const observer = FakeObserver.last!;
    expect(observer.observed).toEqual([bar]);

    observer.report();
    expect(root.style.getPropertyValue(stickyInsetProperty)).toBe('88px');
    height = 52;
    observer.report();
    expect(root.style.getPropertyValue(stickyInsetProperty)).toBe('52px');

    stop();
    expect(observer.disconnected).toBe(true);
    expect(root.style.getPropertyValue(stickyInsetProperty)).toBe('');
  });

  it('does nothing where there is no ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const root = page();
    const stop = keepClearOfStickyBar({} as HTMLElement, root);
    stop();
    expect(root.style.getPropertyValue(stickyInsetProperty)).toBe('');
  });
});
