import { html, nothing, type TemplateResult } from 'lit';
import {
  findOutcomePlan,
  localIsoDate,
  planProgress,
  planText,
  t,
  type Dataset,
  type MeasureProgress,
  type OutcomeProgress,
  type PlanProgress,
  type ThemeProgress,
} from '@omf/sdk';
import { OmfElement } from '../shared/omf-element.js';
import { NoDataError } from '../shared/errors.js';
import { baseStyles } from '../shared/base.styles.js';
import { heading, illustrativeFlag, planPartsStyles, sourcesLine, statusIcon } from './plan-parts.js';
import styles from './loip-progress.styles.js';

/**
 * A Local Outcome Improvement Plan's progress: a summary line ("9 of 24 measures achieved or on
 * track") and counts by status, then the outcomes grouped by theme, and for each measure its
 * baseline, latest value and target with their periods, a progress bar towards the target with the
 * percent in words, the projection to the target period, and the status as a word with an icon.
 * A native `<select>` filters by locality when the plan has locality outcomes. Everything shown is
 * computed by the SDK's `planProgress()`.
 *
 * **Where the plan and its figures come from.** A plan's measures point at indicators (LGBF, CPOP)
 * whose observations usually live in other files than the plan. `src` (here or on an enclosing
 * `<omf-data>`) takes a space-separated list of URLs, like `<a ping>`: each file is loaded and
 * cached on its own (a card elsewhere on the page using one of them shares the request), then the
 * SDK's `mergeDatasets()` merges them, so a council web team publishes its plan as one JSON file
 * and lists the published indicator files after it:
 * `<omf-loip-progress src="our-loip.json lgbf-children.json cpop-outcomes.json">`. The plan file
 * declares the indicators its measures use; a conflict between files (an indicator with another
 * unit, an observation with another value) is shown as an error naming both files. One file
 * holding everything (as `sample-plans.json` does) works too, as does the `data` property.
 *
 * **Illustrative plans.** When the plan has `illustrative: true`, an "Illustrative data" flag
 * shows under its title; otherwise each illustrative measure carries the flag.
 *
 * @summary LOIP outcomes and measures: baseline, latest, target, projection and status.
 * @attr plan - Plan id; may be left out when the data holds one outcome plan.
 * @attr outcome - Show only the outcome with this id.
 * @attr locality - Show only this locality's outcomes (as the plan names it); the reader can change it.
 * @attr as-of - Judge progress as of this ISO date (`YYYY-MM-DD`) or period; default today (read once).
 * @attr heading-level - Level of the plan title heading (2 to 6, default 2); themes, outcomes and measures take the next levels.
 * @attr src - URL of the data, or several space-separated URLs merged in order, when not inside `<omf-data>`.
 * @attr lang - `en` or `gd`.
 * @csspart base - The frame.
 * @csspart heading - The plan title.
 * @csspart summary - The summary line and counts by status.
 * @csspart filter - The locality filter.
 * @csspart theme - Each theme's section.
 * @csspart measure - Each measure.
 * @csspart progress - Each measure's progress bar.
 * @csspart source - The source line.
 * @cssprop --omf-accent-colour - Progress bar fill.
 * @cssprop --omf-better-colour - On-track icon.
 * @cssprop --omf-achieved-colour - Achieved icon (a darker green by default).
 * @cssprop --omf-at-risk-colour - At-risk icon.
 * @cssprop --omf-worse-colour - Off-track icon.
 * @cssprop --omf-neutral-colour - Not-enough-data icon.
 * @cssprop --omf-text-colour - Text colour (falls back to --govuk-text-colour).
 * @cssprop --omf-border-colour - Borders and the progress track.
 * @cssprop --omf-focus-colour - Focus ring.
 * @slot - Fallback content shown before the element upgrades and after an error.
 * @event omf-load - The plan is shown.
 * @event omf-error - An error message is shown instead.
 */
export class OmfLoipProgress extends OmfElement {
  static override styles = [baseStyles, planPartsStyles, styles];

  static override properties = {
    ...OmfElement.properties,
    plan: { type: String },
    outcome: { type: String },
    locality: { type: String, reflect: true },
    asOf: { type: String, attribute: 'as-of' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  declare plan: string;
  declare outcome: string;
  declare locality: string;
  declare asOf: string;
  declare headingLevel: number;

  /** Today, read once: a page left open over midnight keeps judging from the day it opened. */
  private readonly today = localIsoDate(new Date());

  constructor() {
    super();
    this.plan = '';
    this.outcome = '';
    this.locality = '';
    this.asOf = '';
    this.headingLevel = 2;
  }

  protected override renderData(dataset: Dataset): TemplateResult {
    const locale = this.locale;
    const plan = findOutcomePlan(dataset, this.plan || undefined);
    const progress = planProgress(plan, {
      dataset,
      asOf: this.asOf || this.today,
      ...(this.locality && { locality: this.locality }),
      ...(this.outcome && { outcome: this.outcome }),
      locale,
    });
    if (progress.total === 0) throw new NoDataError(planText('no-measures', locale));
    const level = this.headingLevel;
    return html`
      ${heading(level, plan.title, 'heading')}
      ${progress.illustrative ? html`<p class="illustrative-line">${illustrativeFlag(locale)}</p>` : nothing}
      ${this.renderSummary(progress)} ${this.renderFilter(progress)}
      ${progress.themes.map((theme) => this.renderTheme(theme, progress, level + 1))}
      ${sourcesLine(progress.sources, locale)}
    `;
  }

  private renderSummary(progress: PlanProgress): TemplateResult {
    const locale = this.locale;
    return html`<div part="summary" class="summary">
      <p class="summary-line" role="status">${progress.summary}</p>
      <ul class="counts" aria-label=${planText('measures-by-status', locale)}>
        ${progress.statusCounts.map(({ status, label, count }) => html`<li class="status-word">${statusIcon(status)}<span>${label}: ${count}</span></li>`)}
      </ul>
    </div>`;
  }

  private renderFilter(progress: PlanProgress): TemplateResult | typeof nothing {
    if (progress.localities.length === 0 || this.outcome) return nothing;
    const locale = this.locale;
    return html`<div part="filter" class="filter">
      <label for="locality">${planText('locality', locale)}</label>
      <select id="locality" @change=${this.onLocalityChange}>
        <option value="" ?selected=${!this.locality}>${planText('all-localities', locale)}</option>
        ${progress.localities.map((locality) => html`<option value=${locality} ?selected=${locality === this.locality}>${locality}</option>`)}
      </select>
    </div>`;
  }

  private onLocalityChange(event: Event): void {
    this.locality = (event.target as HTMLSelectElement).value;
  }

  private renderTheme(theme: ThemeProgress, progress: PlanProgress, level: number): TemplateResult {
    return html`<section part="theme" class="theme">
      ${heading(level, theme.theme, 'theme-heading')}
      ${theme.outcomes.map((outcome) => this.renderOutcome(outcome, progress, level + 1))}
    </section>`;
  }

  private renderOutcome({ outcome, measures }: OutcomeProgress, progress: PlanProgress, level: number): TemplateResult {
    return html`<div class="outcome">
      ${heading(level, html`${outcome.title}${outcome.locality ? html` <span class="locality">(${outcome.locality})</span>` : nothing}`, 'outcome-heading')}
      <ul class="measures">
        ${measures.map((measure) => this.renderMeasure(measure, progress, level + 1))}
      </ul>
    </div>`;
  }

  private renderMeasure(item: MeasureProgress, progress: PlanProgress, level: number): TemplateResult {
    const locale = this.locale;
    const { measure, progress: target } = item;
    const noData = t('no-data', locale);
    return html`<li part="measure" class="measure status-${target.status}">
      ${heading(level, measure.title, 'measure-heading')}
      ${item.illustrative && !progress.illustrative ? html`<p class="illustrative-line">${illustrativeFlag(locale)}</p>` : nothing}
      <p class="status status-word">${statusIcon(target.status)}<span>${item.statusLabel}</span></p>
      ${item.percentOfWay
        ? html`<p class="progress">
            <progress part="progress" max="100" .value=${target.percentOfWayShown ?? 0} aria-hidden="true"></progress>
            <span class="progress-text">${item.percentOfWay}</span>
          </p>`
        : nothing}
      <dl class="figures">
        <div><dt>${planText('baseline', locale)}</dt><dd>${item.baseline.value} <span class="period">(${item.baseline.period})</span></dd></div>
        <div>
          <dt>${planText('latest', locale)}</dt>
          <dd>${item.latest ? html`${item.latest.value} <span class="period">(${item.latest.period})</span>` : noData}</dd>
        </div>
        <div><dt>${planText('target', locale)}</dt><dd>${item.target.value} <span class="period">(${item.target.period})</span></dd></div>
        <div><dt>${planText('projection', locale)}</dt><dd>${item.projection}</dd></div>
      </dl>
    </li>`;
  }
}
