import { h } from '../ui/dom';

/** Hands a fetched file to the browser as a download (exports need the bearer token, so a plain link cannot fetch them). */
export function saveFile(file: { blob: Blob; name: string }): void {
  const url = URL.createObjectURL(file.blob);
  const link = h('a', { href: url, download: file.name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click returns: give them time before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
