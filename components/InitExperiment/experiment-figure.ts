/**
 * Browser: one InitExperiment's runs. A run trains in the widget's Web Worker (JobSession);
 * its reports grow the cost curve and refresh the boundary, drawn by the shared FrameRedraw:
 * one plot per animation frame, each at most every REDRAW_INTERVAL_MS, so the page keeps its
 * frames. A finished run joins the table and the chart's overlays (the last two runs, until
 * the reader ticks others).
 */
import type { Point } from '../shared/plot-spec';
import type { TrainJobResult, TrainReport } from '../../src/engine/index';
import type { Widget } from '../shared/define-view';
import { setDisabled } from '../shared/dom';
import { formatPercent, formatSignificant } from '../shared/format';
import { FrameRedraw } from '../shared/frame-redraw';
import { JobSession, type JobEnd } from '../shared/job-session';
import { renderPlot } from '../shared/render-plot';
import { EngineWorker } from '../shared/start-job';
import type { ClassicCircles } from './classic-circles';
import { buildJobSpec, jobData } from './job-spec';
import { boundarySpec, costSpec, type TieRule } from './plot-specs';
import { compareWithPublished, printedCells, publishedRunOf } from './published-match';
import { tableRow } from './run-table';
import { describeRun, restoredRun, runLabel, runRow, seriesOf, type RunRow } from './runs';
import type { InitExperimentSettings } from './schema';

type Part = 'boundary' | 'cost';
/**
 * Least time between two draws of a plot while a run trains. The boundary (contour bands under
 * 400 points) costs several times what the curve does, so it is redrawn less often.
 */
const REDRAW_INTERVAL_MS: Readonly<Record<Part, number>> = { boundary: 400, cost: 120 };

export class ExperimentFigure {
  private readonly worker = new EngineWorker((message) => this.setStatus(`The run could not go on: ${message}.`));
  private session: JobSession<TrainReport, TrainJobResult> | null = null;
  private readonly rows: RunRow[] = [];
  private readonly overlaid = new Set<number>();
  private classic: Promise<ClassicCircles> | null = null;
  /** The run on screen: its settings, points, cost so far and latest boundary. */
  private shown: InitExperimentSettings;
  private data: ReturnType<typeof jobData> | null = null;
  private live: Point[] = [];
  private boundary: readonly number[] | null = null;
  private rule: TieRule = 'atLeast';
  private latest: TrainReport | null = null;
  private readonly redraw = new FrameRedraw<Part>({
    intervals: REDRAW_INTERVAL_MS,
    draw: (part) => this.draw(part),
    isTraining: () => this.isRunning,
    onFrame: () => this.showProgress(),
  });

  constructor(private readonly widget: Widget<InitExperimentSettings>) {
    this.shown = widget.state.page;
    const built = widget.root.querySelector<HTMLElement>('[data-role="runs"] tbody tr[data-stored]');
    if (built) this.add(restoredRun(built.dataset.stored ?? '{}', widget.state.page));
    this.drawTable();
  }

  get isRunning(): boolean {
    return this.session?.isRunning ?? false;
  }

  /** Trains with the current settings (classic mode loads the published data first); a new run stops the old one. */
  async run(): Promise<void> {
    const settings = this.widget.state.value;
    let classic: ClassicCircles | undefined;
    if (settings.mode === 'classic') {
      this.classic ??= import('./classic-circles').then((module) => module.CLASSIC_CIRCLES);
      classic = await this.classic;
    }
    const spec = buildJobSpec(settings, classic);
    this.shown = settings;
    this.data = jobData(spec);
    this.rule = spec.report.accuracyRule ?? 'atLeast';
    this.live = [];
    this.boundary = null;
    this.latest = null;
    const session: JobSession<TrainReport, TrainJobResult> = new JobSession(() => this.worker.client.start(spec), {
      progress: (report) => session === this.session && this.progressed(report),
      end: (end) => session === this.session && this.ended(end, classic),
    });
    this.session = session;
    session.start();
    this.widget.root.dataset.run = 'running';
    setDisabled(this.widget.part<HTMLButtonElement>('stop'), false);
    this.widget.part<HTMLProgressElement>('progress').max = settings.iterations;
    this.widget.root.querySelector('[data-role="classic"]')?.remove();
    this.settingsChanged();
    this.setStatus(`${runLabel(settings)}: training…`);
    this.redraw.request('boundary', 'cost');
  }

  stop(): void {
    this.session?.stop();
  }

  /** Marks the plots as not those of the current settings. */
  settingsChanged(): void {
    const isStale = JSON.stringify(this.widget.state.value) !== JSON.stringify(this.shown);
    this.widget.part('plots').dataset.stale = String(isStale);
    if (isStale && !this.isRunning) this.setStatus('The settings changed: press Run to train with them.');
  }

  private progressed(report: TrainReport): void {
    for (const point of report.curve) this.live.push([point.step, point.loss]);
    if (report.boundary) this.boundary = report.boundary;
    this.latest = report;
    this.redraw.request('boundary', 'cost');
  }

  private ended(end: JobEnd<TrainJobResult>, classic: ClassicCircles | undefined): void {
    const { root } = this.widget;
    this.session = null;
    root.dataset.run = end.kind === 'finished' ? end.result.result.status : end.kind;
    setDisabled(this.widget.part<HTMLButtonElement>('stop'), true);
    if (end.kind === 'failed') return this.setStatus(`The run could not go on: ${end.message}.`);
    if (end.kind !== 'finished') return;
    if (end.result.result.status === 'aborted') {
      // The plots show the stopped run: so does the text alternative.
      const stopped = describeRun(runRow(this.rows.length + 1, this.shown, end.result));
      this.widget.part('summary').textContent = `${stopped} A stopped run does not join the table.`;
      return this.setStatus(`Stopped at iteration ${end.result.result.steps}; a stopped run does not join the table.`);
    }
    const row = runRow(this.rows.length + 1, this.shown, end.result);
    this.boundary = end.result.report.boundary ?? null;
    this.live = [];
    this.widget.part<HTMLProgressElement>('progress').value = row.steps;
    this.add(row);
    this.overlaid.clear();
    for (const last of this.rows.slice(-2)) this.overlaid.add(last.number);
    this.drawTable();
    this.widget.part('runs').dataset.source = 'worker';
    this.showComparison(row, classic);
    this.widget.part('summary').textContent = describeRun(row);
    this.setStatus(describeRun(row));
    this.redraw.request('boundary', 'cost');
  }

  private add(row: RunRow): void {
    this.rows.push(row);
    this.overlaid.add(row.number);
  }

  private drawTable(): void {
    const toggle = (number: number, isOn: boolean): void => {
      if (isOn) this.overlaid.add(number);
      else this.overlaid.delete(number);
      this.redraw.request('cost');
    };
    const rows = this.rows.map((row) => tableRow(row, this.overlaid.has(row.number), toggle));
    this.widget.part('runs').querySelector('tbody')?.replaceChildren(...rows);
  }

  /** Classic mode's comparison, made from the shell's template when a run has one, removed otherwise. */
  private showComparison(row: RunRow, classic: ClassicCircles | undefined): void {
    const published = classic ? publishedRunOf(row, classic) : undefined;
    const { root } = this.widget;
    let box = root.querySelector<HTMLElement>('[data-role="classic"]');
    if (classic === undefined || published === undefined) return box?.remove();
    if (box === null) {
      const template = this.widget.part<HTMLTemplateElement>('classic-template');
      box = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
      template.before(box);
    }
    const comparison = compareWithPublished(row, published, classic.printEvery);
    this.widget.part('classic-note').textContent = comparison.note;
    const lines = comparison.costs.map((printed) => {
      const tr = document.createElement('tr');
      for (const text of printedCells(printed)) tr.appendChild(document.createElement('td')).textContent = text;
      return tr;
    });
    this.widget.part('printed').querySelector('tbody')?.replaceChildren(...lines);
  }

  private draw(part: Part): void {
    if (part === 'boundary' && this.data) {
      renderPlot(this.widget.part('boundary-plot'), boundarySpec(this.data, this.boundary, this.rule));
    } else if (part === 'cost') {
      const overlays = this.rows.filter((row) => this.overlaid.has(row.number)).map(seriesOf);
      renderPlot(this.widget.part('cost-plot'), costSpec(this.live, overlays, this.shown.iterations));
    }
  }

  private showProgress(): void {
    const report = this.latest;
    if (report === null || !this.isRunning) return;
    this.widget.part<HTMLProgressElement>('progress').value = report.step;
    const cost = report.curve.at(-1)?.loss;
    const accuracy = report.accuracy === undefined ? '' : `, train ${formatPercent(report.accuracy)}`;
    this.setStatus(
      `${runLabel(this.shown)}: iteration ${report.step} of ${this.shown.iterations}` +
        `${cost === undefined ? '' : `, cost ${formatSignificant(cost)}`}${accuracy}`,
    );
  }

  private setStatus(text: string): void {
    this.widget.part('status').textContent = text;
  }
}
