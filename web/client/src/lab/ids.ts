// Ids the client chooses (operations, cards): 1–64 of [A-Za-z0-9_-]. A random prefix per page load and a counter
// keep them unique per person. getRandomValues, unlike randomUUID, also works over plain http on a classroom LAN.

export function idGenerator(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): (kind: string) => string {
  const prefix = Array.from(random(new Uint8Array(8)), (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 12);
  let counter = 0;
  return (kind) => `${kind}-${prefix}-${(++counter).toString(36)}`;
}
