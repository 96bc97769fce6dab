import './replay.css';
import { ApiError } from '../api/rest';
import type { AppContext, Screen } from '../app/context';
import { failure } from '../app/failure';
import { cohesionApi } from '../cohesion/cohesionApi';
import { t } from '../i18n/i18n';
import { h, relabel, setText } from '../ui/dom';
import { renderCanvas, type Highlight } from './canvasView';
import { authorOf, cardsTouched, describeEvent } from './describe';
import { diff } from './diff';
import { renderDiff } from './diffView';
import { HistoryCache, playbackDelay, type Moment } from './history';
import { historyApi, type HistoryApi, type MemberActivity, type SynthesisFormat, type Timeline } from './historyApi';
import { MeasuresPanel } from './measuresPanel';
import { formatTime, TimelineView } from './timelineView';
import { LinkLines } from '../lab/linkLines';
import { say } from '../lab/roomText';

const speeds = [1, 4, 16] as const;
/** Shortest pause between two steps while playing, so that each one is drawn. */
const minStepMs = 40;
/** How often a replay that follows a running lab asks for new events. */
const followEveryMs = 2_000;

/**
 * Replay of a lab's history for trainers and facilitators (`/lab/{labId}/replay`): timeline, scrubber and player,
 * the read-only canvas at the chosen moment, one person's or organisation's contributions highlighted, the changes
 * between two marked moments, and the exports. Participants are refused by the server (403) and told so here.
 */
export function replayScreen(app: AppContext, labId: string): Screen {
  const token = app.tokens.staff()?.token ?? app.tokens.participant(labId)?.token ?? null;
  const title = h('h1', { class: 'replay-title' });
  const back = h('button', { type: 'button', class: 'back', i18n: 'back', onclick: () => app.navigate('/') });
  const body = h('div', { class: 'replay-body-slot' }, h('p', { 'aria-busy': 'true', i18n: 'replayLoading' }));
  const element = h('div', { class: 'replay' }, h('header', { class: 'replay-header' }, title, back), body);
  setText(title, t('replayHeading'));

  let disposed = false;
  let player: Player | null = null;

  async function open(): Promise<void> {
    if (!token) {
      refuse();
      return;
    }
    const api = historyApi(labId, token);
    try {
      const [timeline, activity] = await Promise.all([api.timeline(200), api.activity()]);
      if (disposed) return;
      if (timeline.lastSeq === 0) {
        body.replaceChildren(h('p', { i18n: 'replayEmpty' }));
        return;
      }
      const cohesion = cohesionApi(labId, token);
      const measures = new MeasuresPanel(
        (seq) => cohesion.cohesion(seq),
        (error) => app.error(failure(error)),
      );
      player = new Player(app, labId, api, timeline, activity, title, measures);
      body.replaceChildren(player.element);
      const wanted = Number(new URLSearchParams(location.search).get('seq'));
      await player.goTo(Number.isInteger(wanted) && wanted > 0 ? wanted : timeline.lastSeq);
    } catch (error) {
      if (disposed) return;
      if (error instanceof ApiError && (error.status === 403 || error.status === 401)) refuse();
      else app.error(failure(error));
    }
  }

  function refuse(): void {
    body.replaceChildren(h('p', { class: 'replay-forbidden', role: 'alert', i18n: 'replayForbidden' }));
  }

  void open();

  return {
    element,
    relocalize: () => {
      relabel(element);
      if (player) player.relocalize();
      else setText(title, t('replayHeading'));
    },
    dispose: () => {
      disposed = true;
      player?.dispose();
    },
  };
}

/** The replay proper, once the timeline is in. */
class Player {
  readonly element: HTMLElement;
  private readonly cache: HistoryCache;
  private readonly timelineView: TimelineView;
  private readonly slider: HTMLInputElement;
  private readonly position = h('p', { class: 'replay-position', id: 'replay-position' });
  private readonly playButton = h('button', { type: 'button', class: 'primary replay-play' });
  private readonly backButton = h('button', {
    type: 'button',
    class: 'replay-step-back',
    i18n: 'replayStepBack',
    i18nAttrs: { 'aria-label': 'replayStepBackLabel' },
  });
  private readonly forwardButton = h('button', {
    type: 'button',
    class: 'replay-step-forward',
    i18n: 'replayStepForward',
    i18nAttrs: { 'aria-label': 'replayStepForwardLabel' },
  });
  private readonly speed = h(
    'select',
    { id: 'replay-speed' },
    ...speeds.map((s) => h('option', { value: s }, `${s}×`)),
  );
  private readonly skipIdle = h('input', { type: 'checkbox', id: 'replay-skip-idle', checked: true });
  private readonly follow = h('input', { type: 'checkbox', id: 'replay-follow' });
  private readonly followLabel = h('label', { for: 'replay-follow' });
  private followTimer: ReturnType<typeof setTimeout> | null = null;
  private urlTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly description = h('p', { class: 'replay-description', 'aria-live': 'polite', 'aria-atomic': 'true' });
  private readonly stepMeta = h('p', { class: 'replay-step-meta' });
  private readonly canvasHeading = h('h2', { id: 'replay-canvas-heading' });
  private readonly lanes = h('div', { class: 'lanes replay-lanes' });
  /** Links drawn as lines between the cards, as in the live room. */
  private readonly lines = new LinkLines(
    this.lanes,
    (cardId) => this.lanes.querySelector<HTMLElement>(`li.card[data-card-id="${CSS.escape(cardId)}"]`) ?? undefined,
  );
  private readonly highlight = h('select', { id: 'replay-highlight' });
  private readonly highlightCount = h('p', { class: 'replay-highlight-count', role: 'status' });
  private readonly markAButton = h('button', { type: 'button', class: 'replay-mark-a-button', i18n: 'replayMarkA' });
  private readonly markBButton = h('button', { type: 'button', class: 'replay-mark-b-button', i18n: 'replayMarkB' });
  private readonly markAText = h('p', { class: 'replay-mark-text' });
  private readonly markBText = h('p', { class: 'replay-mark-text' });
  private readonly diffResult = h('div', { class: 'replay-diff', 'aria-live': 'polite' });
  private readonly synthesisHeading = h('p', { class: 'replay-export-heading' });
  private readonly synthesisButtons: HTMLButtonElement[] = [];
  private readonly organisations = new Map<string, string>();

  private moment: Moment | null = null;
  private wanted = 0;
  private running: Promise<void> | null = null;
  private playing = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private marks: { a: Moment | null; b: Moment | null } = { a: null, b: null };
  private disposed = false;

  constructor(
    private readonly app: AppContext,
    private readonly labId: string,
    private readonly api: HistoryApi,
    timeline: Timeline,
    private readonly activity: MemberActivity[],
    private readonly title: HTMLElement,
    private readonly measures: MeasuresPanel,
  ) {
    this.cache = new HistoryCache(api, timeline.lastSeq);
    for (const member of activity) this.organisations.set(member.memberId, member.organisation);
    this.timelineView = new TimelineView(timeline, (seq) => this.jump(seq));
    this.slider = h('input', {
      type: 'range',
      id: 'replay-slider',
      class: 'replay-slider',
      min: 1,
      max: timeline.lastSeq,
      step: 1,
      value: timeline.lastSeq,
      'aria-describedby': 'replay-position',
    });
    this.slider.addEventListener('input', () => this.jump(Number(this.slider.value)));
    this.playButton.addEventListener('click', () => this.setPlaying(!this.playing));
    this.backButton.addEventListener('click', () => this.step(-1));
    this.forwardButton.addEventListener('click', () => this.step(1));
    this.speed.addEventListener('change', () => this.reschedule());
    this.skipIdle.addEventListener('change', () => this.reschedule());
    this.follow.addEventListener('change', () => this.setFollowing(this.follow.checked));
    this.highlight.addEventListener('change', () => this.renderMoment());
    this.markAButton.addEventListener('click', () => this.mark('a'));
    this.markBButton.addEventListener('click', () => this.mark('b'));

    const controls = h(
      'section',
      { class: 'replay-controls', 'aria-labelledby': 'replay-controls-heading' },
      h('h2', { id: 'replay-controls-heading', class: 'visually-hidden', i18n: 'replayControls' }),
      h(
        'div',
        { class: 'replay-scrubber' },
        h('label', { for: 'replay-slider', class: 'visually-hidden', i18n: 'replayPosition' }),
        this.slider,
      ),
      this.position,
      h(
        'div',
        { class: 'replay-buttons' },
        this.backButton,
        this.playButton,
        this.forwardButton,
        h('span', { class: 'replay-option' }, h('label', { for: 'replay-speed', i18n: 'replaySpeed' }), this.speed),
        h(
          'span',
          { class: 'replay-option' },
          this.skipIdle,
          h('label', { for: 'replay-skip-idle', i18n: 'replaySkipIdle' }),
        ),
        h('span', { class: 'replay-option replay-follow' }, this.follow, this.followLabel),
      ),
    );
    const stepSection = h(
      'section',
      { class: 'replay-step', 'aria-labelledby': 'replay-step-heading' },
      h('h2', { id: 'replay-step-heading', class: 'visually-hidden', i18n: 'replayStep' }),
      this.description,
      this.stepMeta,
    );
    const canvas = h(
      'section',
      { class: 'replay-canvas', 'aria-labelledby': 'replay-canvas-heading' },
      this.canvasHeading,
      h(
        'div',
        { class: 'field inline replay-highlight' },
        h('label', { for: 'replay-highlight', i18n: 'replayHighlight' }),
        this.highlight,
      ),
      this.highlightCount,
      this.lanes,
    );
    const compare = h(
      'section',
      { class: 'replay-compare', 'aria-labelledby': 'replay-compare-heading' },
      h('h2', { id: 'replay-compare-heading', i18n: 'replayCompare' }),
      h(
        'div',
        { class: 'replay-marks' },
        h('div', {}, this.markAButton, this.markAText),
        h('div', {}, this.markBButton, this.markBText),
      ),
      this.diffResult,
    );
    const exports = this.exports();
    this.element = h(
      'div',
      { class: 'replay-player' },
      this.timelineView.element,
      controls,
      stepSection,
      h(
        'div',
        { class: 'replay-columns' },
        canvas,
        h('div', { class: 'replay-side' }, this.measures.element, compare, exports),
      ),
    );
    this.relocalize();
  }

  /** Shows the moment right after event `seq`; calls made while one is loading only move the target. */
  goTo(seq: number): Promise<void> {
    this.wanted = Math.max(1, Math.min(Math.trunc(seq), this.cache.lastSeq));
    this.slider.value = String(this.wanted);
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  relocalize(): void {
    relabel(this.element);
    setText(this.playButton, t(this.playing ? 'replayPause' : 'replayPlay'));
    this.timelineView.relocalize();
    this.fillHighlight();
    this.renderMoment();
    this.renderMarks();
    this.renderDiff();
    this.measures.relocalize();
  }

  dispose(): void {
    this.disposed = true;
    this.setPlaying(false);
    this.measures.dispose();
    this.setFollowing(false);
    this.lines.dispose();
    if (this.urlTimer !== null) clearTimeout(this.urlTimer);
  }

  /**
   * Following a lab still running: ask for new events every two seconds and, while the replay stands at the last
   * event, move to the newest. (Polling the history API: the replay needs no live connection of its own.)
   */
  private setFollowing(on: boolean): void {
    if (this.followTimer !== null) clearTimeout(this.followTimer);
    this.followTimer = null;
    this.follow.checked = on && !this.disposed;
    if (!this.follow.checked) return;
    const poll = async (): Promise<void> => {
      const atEnd = this.wanted >= this.cache.lastSeq;
      try {
        const last = await this.cache.refresh();
        if (this.follow.checked && atEnd && !this.playing && last > this.wanted) await this.goTo(last);
        else this.renderMoment();
      } catch (error) {
        this.app.error(failure(error));
      }
      if (this.follow.checked && !this.disposed) this.followTimer = setTimeout(() => void poll(), followEveryMs);
    };
    void poll();
  }

  /** The moment shown goes into the address (`?seq=`), so that a link or a reload comes back to it. */
  private rememberSeq(seq: number): void {
    if (this.urlTimer !== null) clearTimeout(this.urlTimer);
    // Not on every step while playing (browsers limit how often the address may change): once it rests a moment.
    this.urlTimer = setTimeout(() => {
      this.urlTimer = null;
      if (this.disposed) return;
      const url = new URL(location.href);
      if (url.searchParams.get('seq') === String(seq)) return;
      url.searchParams.set('seq', String(seq));
      history.replaceState(history.state, '', url);
    }, 250);
  }

  private async run(): Promise<void> {
    try {
      while (!this.disposed && this.moment?.seq !== this.wanted) {
        this.moment = await this.cache.moment(this.wanted);
        this.renderMoment();
      }
    } catch (error) {
      this.setPlaying(false);
      this.app.error(failure(error));
    }
  }

  /** A jump asked for by the user (slider, timeline, list): playing stops. */
  private jump(seq: number): void {
    this.setPlaying(false);
    void this.goTo(seq);
  }

  private step(delta: number): void {
    this.setPlaying(false);
    void this.goTo(this.wanted + delta);
  }

  private setPlaying(playing: boolean): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.playing = playing && !this.disposed;
    setText(this.playButton, t(this.playing ? 'replayPause' : 'replayPlay'));
    this.playButton.setAttribute('aria-pressed', String(this.playing));
    // While playing, the description changes many times a second: only the final one is announced.
    this.description.setAttribute('aria-live', this.playing ? 'off' : 'polite');
    if (this.playing) {
      if (this.wanted >= this.cache.lastSeq) void this.goTo(1).then(() => this.schedule());
      else this.schedule();
    }
  }

  private reschedule(): void {
    if (!this.playing) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.schedule();
  }

  private schedule(): void {
    if (!this.playing || this.timer !== null) return;
    const current = this.moment;
    if (!current || current.seq >= this.cache.lastSeq) {
      this.setPlaying(false);
      return;
    }
    this.cache.prefetch(current.seq);
    const next = this.cache.event(current.seq + 1);
    const delay =
      next && current.event
        ? playbackDelay(current.event.at, next.at, Number(this.speed.value), this.skipIdle.checked)
        : 0;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        if (!this.playing) return;
        void this.goTo(current.seq + 1).then(() => this.schedule());
      },
      Math.max(delay, minStepMs),
    );
  }

  private renderMoment(): void {
    const m = this.moment;
    if (!m) return;
    const state = m.state;
    const last = this.cache.lastSeq;
    const time = m.event ? formatTime(m.event.at, true) : '—';
    setText(this.title, state.title ? `${t('replayHeading')}: ${state.title}` : t('replayHeading'));
    this.slider.max = String(last);
    this.slider.setAttribute('aria-valuetext', t('replayPositionValue', { seq: m.seq, last, time }));
    setText(this.position, `${t('replayPositionText', { seq: m.seq, last })} · ${time}`);
    this.backButton.setAttribute('aria-disabled', String(m.seq <= 1));
    this.forwardButton.setAttribute('aria-disabled', String(m.seq >= last));
    setText(this.description, m.event ? describeEvent(m.event, m.previous, state) : '');
    setText(this.stepMeta, m.event ? t('replayStepMeta', { who: authorOf(m.event, state), time }) : '');
    setText(this.canvasHeading, t('replayCanvasAt', { seq: m.seq }));
    setText(this.followLabel, say('replayFollow'));
    this.rememberSeq(m.seq);
    this.timelineView.setPhases(state.phases);
    this.timelineView.update(m.event?.at ?? null, this.marks.a?.event?.at ?? null, this.marks.b?.event?.at ?? null);
    const count = renderCanvas(this.lanes, state, {
      highlight: this.selectedHighlight(),
      organisations: this.organisations,
      touched: new Set(cardsTouched(m.event)),
    });
    // The moment's cards are new elements: the layer goes back over them and draws their links in the next frame.
    this.lanes.append(this.lines.element);
    this.lines.update(Object.values(state.links));
    setText(
      this.highlightCount,
      !this.selectedHighlight()
        ? ''
        : count === 1
          ? t('replayHighlightCountOne')
          : t('replayHighlightCount', { n: count }),
    );
    setText(this.synthesisHeading, t('replayExportSynthesis', { seq: m.seq }));
    this.measures.show(m.seq);
    for (const button of this.synthesisButtons) {
      button.setAttribute('aria-label', t('replayExportLabel', { seq: m.seq, format: button.textContent ?? '' }));
    }
  }

  private selectedHighlight(): Highlight {
    const value = this.highlight.value;
    if (value.startsWith('m:')) return { kind: 'member', id: value.slice(2) };
    if (value.startsWith('o:')) return { kind: 'organisation', name: value.slice(2) };
    return null;
  }

  private fillHighlight(): void {
    const chosen = this.highlight.value;
    const people = this.activity
      .filter(
        (m) =>
          m.role === 'participant' ||
          Object.keys(m.eventsByType).some((type) => /^(card|link|vote|comment|theme)\./.test(type)),
      )
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
    const organisations = [...new Set(this.activity.map((m) => m.organisation).filter(Boolean))].sort((a, b) =>
      a.localeCompare(b),
    );
    this.highlight.replaceChildren(
      h('option', { value: '' }, t('replayHighlightNone')),
      h(
        'optgroup',
        { label: t('replayHighlightPeople') },
        ...people.map((m) =>
          h(
            'option',
            { value: `m:${m.memberId}` },
            m.organisation ? `${m.displayName} (${m.organisation})` : m.displayName,
          ),
        ),
      ),
      h(
        'optgroup',
        { label: t('replayHighlightOrganisations') },
        ...organisations.map((o) => h('option', { value: `o:${o}` }, o)),
      ),
    );
    this.highlight.value = chosen;
  }

  private mark(which: 'a' | 'b'): void {
    if (!this.moment) return;
    this.marks[which] = this.moment;
    this.renderMarks();
    this.renderMoment();
    this.renderDiff();
  }

  private renderMarks(): void {
    for (const [which, el] of [
      ['a', this.markAText],
      ['b', this.markBText],
    ] as const) {
      const m = this.marks[which];
      const label = which.toUpperCase();
      setText(
        el,
        m
          ? t('replayMarkAt', { mark: label, seq: m.seq, time: formatTime(m.event?.at, true) })
          : t('replayMarkNone', { mark: label }),
      );
    }
  }

  /** The marks hold their states, so the diff is computed here, in the browser, from the two of them. */
  private renderDiff(): void {
    const { a, b } = this.marks;
    if (!a || !b) {
      this.diffResult.replaceChildren(h('p', {}, t('replayDiffHint')));
      return;
    }
    const [from, to] = a.seq <= b.seq ? [a, b] : [b, a];
    this.diffResult.replaceChildren(renderDiff(diff(from.state, to.state), from.state, to.state, from.seq, to.seq));
  }

  private exports(): HTMLElement {
    const formats: [SynthesisFormat, Parameters<typeof t>[0], string][] = [
      ['md', 'replayExportMd', 'md'],
      ['csv', 'replayExportCsv', 'csv'],
      ['json', 'replayExportJson', 'json'],
      ['html', 'replayExportHtml', 'html'],
    ];
    for (const [format, label, extension] of formats) {
      const button = h('button', { type: 'button', class: `replay-export-${format}`, i18n: label });
      button.addEventListener('click', () => {
        const seq = this.moment?.seq ?? this.wanted;
        void this.download(
          `/export/synthesis?format=${format}&seq=${seq}`,
          `sintesi-${this.labId}-${seq}.${extension}`,
        );
      });
      this.synthesisButtons.push(button);
    }
    const log = h('button', {
      type: 'button',
      class: 'replay-export-log',
      i18n: 'replayExportLog',
      onclick: () => void this.download('/export/log', `cronologia-${this.labId}.json`),
    });
    const attendance = h('button', {
      type: 'button',
      class: 'replay-export-attendance',
      i18n: 'replayExportAttendance',
      onclick: () => void this.download('/export/attendance', `presenze-${this.labId}.csv`),
    });
    return h(
      'section',
      { class: 'replay-exports', 'aria-labelledby': 'replay-exports-heading' },
      h('h2', { id: 'replay-exports-heading', i18n: 'replayExports' }),
      this.synthesisHeading,
      h('div', { class: 'replay-export-buttons' }, ...this.synthesisButtons),
      h('div', { class: 'replay-export-buttons' }, log, attendance),
    );
  }

  /** Downloads need the bearer token, so: fetch, then hand the blob to the browser as a download. */
  private async download(path: string, fallbackName: string): Promise<void> {
    this.app.error(null);
    try {
      const { blob, name } = await this.api.file(path, fallbackName);
      const url = URL.createObjectURL(blob);
      const link = h('a', { href: url, download: name, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.app.status('replayDownloaded', { name });
    } catch (error) {
      this.app.error(failure(error));
    }
  }
}
