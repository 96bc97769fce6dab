import type { ActionPlan } from '../actions/types';
import { RoomActionsPanel } from '../actions/roomActions';
import type { CanvasState } from '../canvas/types';
import { h } from '../ui/dom';
import { FindBar } from './findBar';
import type { LabController } from './labController';
import { allowed, runsLab } from './permissions';
import { PeoplePanel } from './peoplePanel';
import type { PeerPresence } from './session';
import { SummaryPanel } from './summaryPanel';
import { TableBar } from './tableBar';
import { ThemesPanel } from './themesPanel';

/**
 * The folding panels above the board: open actions, people online, the facilitator's summary, themes, search and sort,
 * and which table's cards to show. Search and tables change only what this screen draws (`changed`).
 */
export class RoomPanels {
  readonly element: HTMLElement;
  readonly find: FindBar;
  readonly tables: TableBar;
  private readonly actions: RoomActionsPanel;
  private readonly people: PeoplePanel;
  private readonly summary = new SummaryPanel();
  private readonly themes: ThemesPanel;

  constructor(
    controller: LabController,
    loadActions: () => Promise<ActionPlan>,
    failed: (error: unknown) => void,
    changed: () => void,
  ) {
    this.actions = new RoomActionsPanel(loadActions, failed);
    this.people = new PeoplePanel((memberId) => controller.removeMember(memberId));
    this.themes = new ThemesPanel(
      (title) => void controller.addTheme(title),
      (themeId) => controller.deleteTheme(themeId),
      (themeId, title) => controller.renameTheme(themeId, title),
      (themeId, colour) => controller.colourTheme(themeId, colour),
    );
    this.find = new FindBar(changed);
    this.tables = new TableBar(changed);
    this.element = h(
      'div',
      { class: 'panels' },
      this.actions.element,
      this.people.element,
      this.summary.element,
      this.themes.element,
      this.find.element,
      this.tables.element,
    );
  }

  update(state: CanvasState, you: { id: string; role: string }, peers: ReadonlyMap<string, PeerPresence>): void {
    const runs = runsLab(you.role);
    this.actions.update(state);
    this.summary.element.hidden = !runs;
    if (runs) this.summary.update(state);
    this.find.update(state);
    this.people.update(state, you.id, you.role, peers);
    this.themes.update(
      state,
      allowed(state, you.role, 'themes'),
      (author) => runs || (you.role === 'participant' && author === you.id && !state.locked),
    );
    this.tables.update(state, you.id, you.role);
  }

  relocalize(): void {
    this.actions.relocalize();
  }

  dispose(): void {
    this.actions.dispose();
  }
}
