// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ToolsMenu } from './toolsMenu';

describe('the facilitator’s "Altri strumenti"', () => {
  let menu: ToolsMenu;
  let field: HTMLInputElement;

  beforeEach(() => {
    document.body.replaceChildren();
    field = document.createElement('input');
    menu = new ToolsMenu(field);
    menu.label('Altri strumenti');
    document.body.append(menu.element, document.createElement('main'));
  });

  it('opens and closes with its button, which says whether it is open', () => {
    expect(menu.panel.hidden).toBe(true);
    expect(menu.toggle.getAttribute('aria-controls')).toBe(menu.panel.id);
    menu.toggle.click();
    expect(menu.isOpen).toBe(true);
    expect(menu.toggle.getAttribute('aria-expanded')).toBe('true');
    expect(menu.panel.getAttribute('aria-label')).toBe('Altri strumenti');
    menu.toggle.click();
    expect(menu.isOpen).toBe(false);
    expect(menu.toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape and gives the focus back to its button', () => {
    menu.toggle.click();
    field.focus();
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(menu.isOpen).toBe(false);
    expect(document.activeElement).toBe(menu.toggle);
  });

  it('closes on a press outside it, not inside', () => {
    menu.toggle.click();
    field.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(menu.isOpen).toBe(true);
    document.querySelector('main')?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(menu.isOpen).toBe(false);
    menu.dispose();
  });
});
