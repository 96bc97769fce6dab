import { authorizedGet } from '../api/rest';
import type { Bilingual } from '../i18n/i18n';
import { failure } from '../app/failure';
import { fileName } from '../replay/historyApi';
import { h, setText } from '../ui/dom';
import { saveFile } from '../workspace/download';
import { say } from './roomText';

/**
 * "Scarica i miei dati" for a participant in the room: `GET /api/me/data` with their own token, saved as the JSON file
 * the server names (i-miei-dati-{lab}.json). Staff have no such file (the server answers 403), so it shows only for
 * participants. `tell` shows a failure where the person is.
 */
export function myDataButton(
  labId: string,
  token: () => string | null,
  tell: (error: Bilingual) => void,
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'small my-data', title: say('myDataHint'), hidden: true },
    say('myData'),
  );
  button.addEventListener('click', () => {
    const held = token();
    if (!held) return;
    button.setAttribute('aria-busy', 'true');
    void authorizedGet(fetchFn, '/api/me/data', 'application/json', held)
      .then(async (response) => {
        const name = fileName(response.headers.get('Content-Disposition')) ?? `i-miei-dati-${labId}.json`;
        saveFile({ blob: await response.blob(), name });
      })
      .catch((error: unknown) => tell(failure(error)))
      .finally(() => button.removeAttribute('aria-busy'));
  });
  return button;
}

/** Puts the button's words in the chosen language. */
export function relabelMyData(button: HTMLButtonElement): void {
  setText(button, say('myData'));
  if (button.title !== say('myDataHint')) button.title = say('myDataHint');
}
