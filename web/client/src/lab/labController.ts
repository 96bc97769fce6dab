import type { CanvasState, ReactionKind } from '../canvas/types';
import { bilingual } from '../i18n/i18n';
import type { ClientLimits } from '../transport/protocol';
import type { LabNotice } from './notice';
import { allowed } from './permissions';
import { laneCards, step, yAt, yForNew } from './positions';
import type { OnBehalfTarget } from './onBehalf';
import { inverse, UndoHistory, type Intent } from './undo';

/** What the controller needs from the session and the screen; tests give it a fake. */
export interface ControllerPort {
  state(): CanvasState | null;
  /** This person's member id and role in the lab. */
  me(): { id: string; role: string } | null;
  /** The server's limits from Join (null until joined). */
  limits(): ClientLimits | null;
  /** Sends an operation (shown at once, acknowledged later); returns its clientOpId. */
  submit(intent: Intent): string;
  newId(kind: string): string;
  /** Shows a refusal made before sending; the screen keeps it until its cause goes. */
  refuse(notice: LabNotice): void;
}

/**
 * Intent → operation: what a person asked for on the canvas, checked against the server's limits and the phase and
 * lock (so that a refusal keeps the text where it was typed and says why), turned into the one operation that does it.
 * Own operations that can be taken back are kept for undo; undo and redo are operations too, seen by everyone.
 */
export class LabController {
  private readonly history: UndoHistory;

  constructor(private readonly port: ControllerPort) {
    this.history = new UndoHistory((kind) => port.newId(kind));
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }
  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** Adds a card at the bottom of `lane`; false when refused before sending (the text stays in the field). */
  addCard(lane: string, text: string, colour: string | null = null, onBehalfOf: OnBehalfTarget | null = null): boolean {
    const state = this.port.state();
    if (!state || !this.fits(text) || !this.may(state, 'cards', lane)) return false;
    const payload = { cardId: this.port.newId('c'), lane, text, colour, x: 0, y: yForNew(state, lane) };
    this.send({ type: 'card.add', payload: onBehalfOf ? { ...payload, onBehalfOf } : payload });
    return true;
  }

  /** Puts a card at `index` in `lane` (a drag and drop). */
  drop(cardId: string, lane: string, index: number): void {
    const state = this.port.state();
    const card = state?.cards[cardId];
    if (!state || !card) return;
    const others = laneCards(Object.values(state.cards), lane).filter((c) => c.id !== cardId);
    this.send({
      type: 'card.move',
      payload: { cardId, lane: lane === card.lane ? null : lane, x: card.x, y: yAt(others, index) },
    });
  }

  /** A keyboard step (Alt+arrows); returns where the card went (lane id, 1-based position), or null. */
  step(cardId: string, direction: 'left' | 'right' | 'up' | 'down'): { lane: string; position: number } | null {
    const state = this.port.state();
    const card = state?.cards[cardId];
    const to = state && card ? step(state, cardId, direction) : null;
    if (!state || !card || !to) return null;
    this.send({ type: 'card.move', payload: { cardId, lane: to.lane, x: card.x, y: to.y } });
    const lane = to.lane ?? card.lane;
    const after = this.port.state();
    return {
      lane,
      position: after ? laneCards(Object.values(after.cards), lane).findIndex((c) => c.id === cardId) + 1 : 0,
    };
  }

  edit(cardId: string, text: string): boolean {
    if (!this.fits(text)) return false;
    if (this.port.state()?.cards[cardId]?.text !== text) this.send({ type: 'card.edit', payload: { cardId, text } });
    return true;
  }

  colour(cardId: string, colour: string): void {
    this.send({ type: 'card.colour', payload: { cardId, colour } });
  }
  vote(cardId: string, cast: boolean): void {
    this.send({ type: cast ? 'vote.cast' : 'vote.retract', payload: { cardId } });
  }
  react(cardId: string, kind: ReactionKind, add: boolean): void {
    this.send({ type: add ? 'reaction.add' : 'reaction.remove', payload: { cardId, kind } });
  }
  setTheme(cardId: string, themeId: string | null): void {
    this.send({ type: 'card.theme', payload: { cardId, themeId } });
  }
  remove(cardId: string): void {
    this.send({ type: 'card.delete', payload: { cardId } });
  }
  link(from: string, to: string): void {
    this.send({ type: 'link.add', payload: { linkId: this.port.newId('l'), from, to } });
  }
  merge(cardId: string, intoId: string): void {
    this.send({ type: 'card.merge', payload: { cardId, intoId, text: null } });
  }
  unlink(linkId: string): void {
    this.send({ type: 'link.delete', payload: { linkId } });
  }
  uncomment(commentId: string): void {
    this.send({ type: 'comment.delete', payload: { commentId } });
  }
  removeMember(memberId: string): void {
    this.send({ type: 'member.remove', payload: { memberId } });
  }
  deleteTheme(themeId: string): void {
    this.send({ type: 'theme.delete', payload: { themeId } });
  }

  comment(cardId: string, text: string): boolean {
    const state = this.port.state();
    if (!state || !this.fits(text) || !this.may(state, 'comments')) return false;
    this.send({ type: 'comment.add', payload: { commentId: this.port.newId('m'), cardId, text } });
    return true;
  }

  addTheme(title: string): boolean {
    if (!this.fits(title, 'title')) return false;
    this.send({ type: 'theme.add', payload: { themeId: this.port.newId('t'), title } });
    return true;
  }

  renameTheme(themeId: string, title: string): boolean {
    if (!this.fits(title, 'title')) return false;
    if (this.port.state()?.themes[themeId]?.title !== title)
      this.send({ type: 'theme.rename', payload: { themeId, title } });
    return true;
  }

  /** A theme's colour from the palette; null gives back the automatic one. */
  colourTheme(themeId: string, colour: string | null): void {
    const theme = this.port.state()?.themes[themeId];
    if (theme && (theme.colour ?? null) !== colour) this.send({ type: 'theme.colour', payload: { themeId, colour } });
  }

  /** Seats the participants online at `n` tables, in turn, by name. */
  split(n: number, tableName: (i: number) => string): void {
    const state = this.port.state();
    if (!state || !(n >= 2 && n <= 20)) return;
    const participants = Object.values(state.members)
      .filter((m) => m.role === 'participant' && m.present && !m.removed)
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
    const groups = Array.from({ length: n }, (_, i) => ({
      groupId: this.port.newId('g'),
      name: tableName(i + 1),
      members: [] as string[],
    }));
    participants.forEach((m, i) => groups[i % n]?.members.push(m.id));
    this.send({ type: 'groups.split', payload: { groups } });
  }

  /** Sends a facilitator's lab-wide operation as it is (phase, lock, timer, modes…). */
  lab(intent: Intent): void {
    this.send(intent);
  }

  /** Takes back this person's last undoable operation; false when there is none. */
  undo(): boolean {
    return this.replay(this.history.undo());
  }

  /** Does again what was last undone; false when there is none. */
  redo(): boolean {
    return this.replay(this.history.redo());
  }

  private replay(intent: Intent | null): boolean {
    if (!intent) return false;
    this.port.submit(intent);
    return true;
  }

  private send(intent: Intent): void {
    const state = this.port.state();
    const undoable = state ? inverse(intent, state) : null;
    this.port.submit(intent);
    if (undoable) this.history.record(undoable);
  }

  /** Within the server's limit for a text or a title; says the limit when not. */
  private fits(text: string, kind: 'text' | 'title' = 'text'): boolean {
    const limits = this.port.limits();
    const max = limits ? (kind === 'text' ? limits.maxTextLength : limits.maxTitleLength) : Number.POSITIVE_INFINITY;
    if (text.length <= max) return true;
    this.port.refuse({ error: bilingual('textTooLong', { max, n: text.length }), cause: 'input' });
    return false;
  }

  /** Whether the phase and the lock allow it now; says why not when they do not. */
  private may(state: CanvasState, capability: 'cards' | 'comments', lane?: string): boolean {
    const me = this.port.me();
    if (!me) return false;
    if (allowed(state, me.role, capability, lane)) return true;
    this.port.refuse(
      state.locked
        ? { error: bilingual('canvasLocked'), cause: 'locked' }
        : {
            error: bilingual('phaseForbids'),
            cause: 'phase',
            capability,
            phase: state.phase,
            ...(lane ? { lane } : {}),
          },
    );
    return false;
  }
}
