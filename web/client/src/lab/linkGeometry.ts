/** A box in board coordinates. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The path of a link line between two cards: from the side of one card facing the other to the facing side of the
 * other, as a gentle curve. Cards in the same column (one lane) are joined on their right sides by a loop outwards,
 * so that the line never runs across the cards between them.
 */
export function connector(a: Box, b: Box): { d: string; start: [number, number]; end: [number, number] } {
  const ay = a.top + a.height / 2;
  const by = b.top + b.height / 2;
  const aRight = a.left + a.width;
  const bRight = b.left + b.width;
  if (aRight <= b.left || bRight <= a.left) {
    const forward = aRight <= b.left;
    const x1 = forward ? aRight : a.left;
    const x2 = forward ? b.left : bRight;
    const bend = Math.max(24, Math.abs(x2 - x1) / 2) * (forward ? 1 : -1);
    return {
      d: `M${r(x1)} ${r(ay)} C${r(x1 + bend)} ${r(ay)} ${r(x2 - bend)} ${r(by)} ${r(x2)} ${r(by)}`,
      start: [x1, ay],
      end: [x2, by],
    };
  }
  const loop = 28 + Math.min(60, Math.abs(by - ay) / 8);
  const out = Math.max(aRight, bRight) + loop;
  return {
    d: `M${r(aRight)} ${r(ay)} C${r(out)} ${r(ay)} ${r(out)} ${r(by)} ${r(bRight)} ${r(by)}`,
    start: [aRight, ay],
    end: [bRight, by],
  };
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}
