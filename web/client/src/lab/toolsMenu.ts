import { h, setText } from '../ui/dom';

let next = 0;

/**
 * A disclosure whose panel lies over the page below its button (so opening it moves nothing): the tools used once or
 * twice a session, kept off the bar. Tab moves through the panel's controls as anywhere; Escape closes it and gives the
 * focus back to the button; a press outside it closes it too. (Not an ARIA menu: the panel holds fields, not menu items.)
 */
export class ToolsMenu {
  readonly element: HTMLElement;
  readonly toggle = h('button', { type: 'button', class: 'tools-more-toggle', 'aria-expanded': 'false' });
  readonly panel: HTMLElement;

  constructor(...content: HTMLElement[]) {
    const id = `tools-more-${++next}`;
    this.panel = h('div', { id, class: 'tools-more-panel', role: 'group', hidden: true }, ...content);
    this.toggle.setAttribute('aria-controls', id);
    this.element = h('div', { class: 'tools-more' }, this.toggle, this.panel);
    this.toggle.addEventListener('click', () => this.open(this.panel.hidden));
    this.element.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || this.panel.hidden) return;
      event.preventDefault();
      this.open(false);
      this.toggle.focus();
    });
    document.addEventListener('pointerdown', this.outside, true);
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  /** The button's text and the panel's name, in the chosen language. */
  label(text: string): void {
    setText(this.toggle, text);
    this.panel.setAttribute('aria-label', text);
  }

  open(open: boolean): void {
    this.panel.hidden = !open;
    this.element.classList.toggle('open', open);
    this.toggle.setAttribute('aria-expanded', String(open));
  }

  dispose(): void {
    document.removeEventListener('pointerdown', this.outside, true);
  }

  private readonly outside = (event: Event): void => {
    if (this.panel.hidden || !(event.target instanceof Node) || this.element.contains(event.target)) return;
    this.open(false);
  };
}
