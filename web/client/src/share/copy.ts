import { say } from '../lab/roomText';
import { h } from '../ui/dom';

/** A "Copia il link" button: the clipboard when the browser allows it, else a word on how to copy by hand. */
export function copyButton(text: () => string, tell: (message: string) => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'copy-link' }, say('copyLink'));
  button.addEventListener('click', () => {
    const value = text();
    if (!navigator.clipboard) {
      tell(say('copyFailed'));
      return;
    }
    navigator.clipboard.writeText(value).then(
      () => tell(say('copied')),
      () => tell(say('copyFailed')),
    );
  });
  return button;
}
