import type { CanvasState, Comment, Link } from '../canvas/types';

const none: readonly never[] = Object.freeze([]);

/**
 * Each card's links and comments, built once per change of the canvas's links or comments (the state is copy-on-write,
 * so an unchanged map keeps its identity) instead of every card scanning every link on every draw. The lists it hands
 * out keep their identity until the next rebuild, so a card can tell that nothing of its own changed.
 */
export class CanvasIndex {
  private links: CanvasState['links'] | null = null;
  private comments: CanvasState['comments'] | null = null;
  private readonly linksByCard = new Map<string, Link[]>();
  private readonly commentsByCard = new Map<string, Comment[]>();

  update(state: CanvasState): void {
    if (state.links !== this.links) {
      this.links = state.links;
      this.linksByCard.clear();
      for (const link of Object.values(state.links)) {
        push(this.linksByCard, link.from, link);
        if (link.to !== link.from) push(this.linksByCard, link.to, link);
      }
    }
    if (state.comments !== this.comments) {
      this.comments = state.comments;
      this.commentsByCard.clear();
      for (const comment of Object.values(state.comments)) push(this.commentsByCard, comment.cardId, comment);
      for (const list of this.commentsByCard.values())
        list.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    }
  }

  /** The links from or to a card, in the order they were made. */
  linksOf(cardId: string): readonly Link[] {
    return this.linksByCard.get(cardId) ?? none;
  }

  /** A card's comments, oldest first. */
  commentsOf(cardId: string): readonly Comment[] {
    return this.commentsByCard.get(cardId) ?? none;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
