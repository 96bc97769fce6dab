/**
 * Dragging a card by its handle with a mouse, a pen or a finger (pointer events, so touch works too): the card follows
 * the pointer, and on release `drop` gets the lane under the pointer and the index among that lane's other cards.
 */
export function startDrag(card: HTMLElement, event: PointerEvent, drop: (lane: string, index: number) => void): void {
  if (event.button !== 0) return;
  event.preventDefault();
  const handle = event.currentTarget instanceof HTMLElement ? event.currentTarget : card;
  const startX = event.clientX;
  const startY = event.clientY;
  let moved = false;
  handle.setPointerCapture(event.pointerId);

  const move = (e: PointerEvent): void => {
    const dx = e.clientX - startX;
    const dy = e.clientY - startY;
    if (!moved && Math.hypot(dx, dy) < 5) return;
    moved = true;
    card.classList.add('dragging');
    card.style.transform = `translate(${dx}px, ${dy}px)`;
  };
  const end = (e: PointerEvent): void => {
    handle.removeEventListener('pointermove', move);
    handle.removeEventListener('pointerup', end);
    handle.removeEventListener('pointercancel', end);
    card.classList.remove('dragging');
    card.style.transform = '';
    if (!moved || e.type === 'pointercancel') return;
    const target = dropTarget(card, e.clientX, e.clientY);
    if (target) drop(target.lane, target.index);
  };
  handle.addEventListener('pointermove', move);
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', end);
}

function dropTarget(card: HTMLElement, x: number, y: number): { lane: string; index: number } | null {
  const lane = document
    .elementsFromPoint(x, y)
    .map((el) => el.closest<HTMLElement>('.lane'))
    .find((el) => el);
  const laneId = lane?.dataset['lane'];
  if (!lane || !laneId) return null;
  const others = [...lane.querySelectorAll<HTMLElement>('.cards > .card')].filter((el) => el !== card);
  const index = others.findIndex((el) => {
    const box = el.getBoundingClientRect();
    return y < box.top + box.height / 2;
  });
  return { lane: laneId, index: index === -1 ? others.length : index };
}
