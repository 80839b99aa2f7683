import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  ACTION_SORT_KEYS,
  DEFAULT_DUE_SOON_DAYS,
  actionPlanCsvName,
  actionPlanToCsv,
  actionStatusMeaning,
  actionTable,
  filterActions,
  findActionPlan,
  formatValue,
  isActionSortKey,
  localIsoDate,
  showingActions,
  sortActions,
  planText,
  type ActionPlan,
  type ActionRow,
  type ActionSortKey,
  type ActionTable,
  type Dataset,
  type PlanMessageKey,
  type SortDirection,
} from '@omf/sdk';
import { OmfElement } from '../shared/omf-element.js';
import { NoDataError } from '../shared/errors.js';
import { baseStyles } from '../shared/base.styles.js';
import { dataTableStyles } from '../shared/data-table.js';
import { heading, illustrativeFlag, planPartsStyles, sourcesLine, statusIcon } from '../loip-progress/plan-parts.js';
import styles from './action-plan.styles.js';

const COLUMN_LABELS: Record<ActionSortKey, PlanMessageKey> = {
  title: 'column-action',
  theme: 'column-theme',
  lead: 'column-lead',
  due: 'column-due',
  status: 'column-status',
};

/** How long a download's Blob URL lives: long enough for a slow browser to start saving it. */
const BLOB_URL_LIFETIME_MS = 40_000;

/** What one render shows, recomputed from the data and attributes (never stored). */
interface PlanView {
  plan: ActionPlan;
  table: ActionTable;
  rows: ActionRow[];
  asOf: string;
}

/**
 * A Children's Services Planning Partnership action plan: counts by status (in words and as a
 * bar), filters by theme and status (native `<select>`s; a live region announces "Showing 7 of 24
 * actions"), a table sortable by title, theme, lead, due date and status (buttons in the column
 * headers, `aria-sort` on the sorted one), overdue and due-soon actions flagged in words, each
 * action's updates in date order behind a native `<details>`, and a "Download CSV" button that
 * saves the rows shown, in the order shown, with every cell neutralised against spreadsheet
 * formulas. Everything shown is computed by the SDK (`actionTable`, `filterActions`,
 * `sortActions`, `actionPlanToCsv`).
 *
 * The download is a Blob URL followed by an `<a download>`: no request leaves the page, and it
 * works under a strict CSP (`default-src 'none'`), which governs fetches, not downloads.
 *
 * Data: `src` (here or on an enclosing `<omf-data>`) takes one URL or several space-separated URLs
 * merged in order by the SDK's `mergeDatasets()` (see `<omf-loip-progress>`); or set `data`.
 * When the plan has `illustrative: true`, an "Illustrative data" flag shows under its title.
 *
 * @summary CSPP action plan: status counts, filterable and sortable table, overdue flagged, updates, CSV.
 * @attr plan - Action plan id; may be left out when the data holds one action plan.
 * @attr theme - Show only this theme's actions; the reader can change it.
 * @attr status - Show only actions with this status (`on-track`, or a word of the plan's own vocabulary); the reader can change it.
 * @attr as-of - The ISO date (`YYYY-MM-DD`) overdue and due soon are judged from; default today (read once).
 * @attr sort-by - Initial sort column: `title`, `theme`, `lead`, `due` or `status`; default plan order.
 * @attr sort-direction - `ascending` (default) or `descending`.
 * @attr heading-level - Level of the plan title heading (2 to 6, default 2).
 * @attr src - URL of the data, or several space-separated URLs merged in order, when not inside `<omf-data>`.
 * @attr lang - `en` or `gd`.
 * @csspart base - The frame.
 * @csspart heading - The plan title.
 * @csspart summary - Counts by status, percent complete, overdue and due soon.
 * @csspart filters - The filter controls and the download button.
 * @csspart table - The scrolling table wrapper.
 * @csspart source - The source line.
 * @cssprop --omf-better-colour - On-track icon and bar segment.
 * @cssprop --omf-achieved-colour - Complete icon and bar segment.
 * @cssprop --omf-at-risk-colour - At-risk icon and bar segment.
 * @cssprop --omf-worse-colour - Off-track icon, bar segment and the overdue flag.
 * @cssprop --omf-neutral-colour - Not-started and cancelled icons and segments.
 * @cssprop --omf-text-colour - Text colour (falls back to --govuk-text-colour).
 * @cssprop --omf-border-colour - Borders.
 * @cssprop --omf-focus-colour - Focus ring.
 * @slot - Fallback content shown before the element upgrades and after an error.
 * @event omf-load - The plan is shown.
 * @event omf-error - An error message is shown instead.
 */
export class OmfActionPlan extends OmfElement {
  static override styles = [baseStyles, dataTableStyles, planPartsStyles, styles];

  static override properties = {
    ...OmfElement.properties,
    plan: { type: String },
    theme: { type: String, reflect: true },
    status: { type: String, reflect: true },
    asOf: { type: String, attribute: 'as-of' },
    sortBy: { type: String, attribute: 'sort-by' },
    sortDirection: { type: String, attribute: 'sort-direction' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  declare plan: string;
  declare theme: string;
  declare status: string;
  declare asOf: string;
  declare sortBy: string;
  declare sortDirection: SortDirection;
  declare headingLevel: number;

  /** Today, read once: a page left open over midnight keeps judging from the day it opened. */
  private readonly today = localIsoDate(new Date());

  constructor() {
    super();
    this.plan = '';
    this.theme = '';
    this.status = '';
    this.asOf = '';
    this.sortBy = '';
    this.sortDirection = 'ascending';
    this.headingLevel = 2;
  }

  private planView(dataset: Dataset): PlanView {
    const plan = findActionPlan(dataset, this.plan || undefined);
    const asOf = this.asOf || this.today;
    const table = actionTable(plan, { asOf, locale: this.locale });
    const filtered = filterActions(table, { theme: this.theme, status: this.status });
    const sortBy = this.sortBy;
    const rows = isActionSortKey(sortBy) ? sortActions(filtered, { by: sortBy, direction: this.direction, locale: this.locale }) : filtered;
    return { plan, table, rows, asOf };
  }

  private get direction(): SortDirection {
    return this.sortDirection === 'descending' ? 'descending' : 'ascending';
  }

  protected override renderData(dataset: Dataset): TemplateResult {
    const locale = this.locale;
    const { plan, table, rows } = this.planView(dataset);
    if (table.rows.length === 0) throw new NoDataError(planText('no-actions', locale));
    return html`
      ${heading(this.headingLevel, plan.title, 'heading')}
      ${plan.illustrative ? html`<p class="illustrative-line">${illustrativeFlag(locale)}</p>` : nothing}
      ${this.renderSummary(table)} ${this.renderControls(table, rows)} ${this.renderTable(plan, rows)}
      ${dataset.source ? sourcesLine([dataset.source], locale) : nothing}
    `;
  }

  private renderSummary(table: ActionTable): TemplateResult {
    const locale = this.locale;
    const { summary, statuses } = table;
    let start = 0;
    return html`<div part="summary" class="summary">
      <ul class="counts" aria-label=${planText('actions-by-status', locale)}>
        ${statuses.map((option) => html`<li class="status-word">${statusIcon(actionStatusMeaning(table.plan.vocabulary, option.value))}<span>${option.label}: ${option.count}</span></li>`)}
      </ul>
      <svg class="status-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        ${statuses.map((option) => {
          const width = (option.count / summary.total) * 100;
          const x = start;
          start += width;
          return svg`<rect class="segment segment-${option.value}" x=${x} y="0" width=${width} height="4"></rect>`;
        })}
      </svg>
      <p class="overview">
        ${summary.percentComplete === undefined
          ? nothing
          : html`<span>${planText('percent-complete', locale, { percent: formatValue(summary.percentComplete, { unit: 'percent', decimals: 0 }, { locale }) })}</span>`}
        <span class=${summary.overdue.length > 0 ? 'overdue-count' : ''}>${planText('overdue-count', locale, { count: summary.overdue.length })}</span>
        <span>${planText('due-soon-count', locale, { count: summary.dueSoon.length, days: DEFAULT_DUE_SOON_DAYS })}</span>
      </p>
    </div>`;
  }

  private renderControls(table: ActionTable, rows: readonly ActionRow[]): TemplateResult {
    const locale = this.locale;
    const statusMeaning = this.status ? actionStatusMeaning(table.plan.vocabulary, this.status) : undefined;
    return html`<div part="filters" class="filters">
        <div class="field">
          <label for="theme">${planText('column-theme', locale)}</label>
          <select id="theme" @change=${this.onThemeChange}>
            <option value="" ?selected=${!this.theme}>${planText('all-themes', locale)}</option>
            ${table.themes.map((option) => html`<option value=${option.value} ?selected=${option.value === this.theme}>${option.label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="status">${planText('column-status', locale)}</label>
          <select id="status" @change=${this.onStatusChange}>
            <option value="" ?selected=${!statusMeaning}>${planText('all-statuses', locale)}</option>
            ${table.statuses.map((option) => html`<option value=${option.value} ?selected=${option.value === statusMeaning}>${option.label}</option>`)}
          </select>
        </div>
        <div class="field download">
          <button type="button" class="button" @click=${this.download}>${planText('download-csv', locale)}</button>
        </div>
      </div>
      <p class="showing" role="status">${showingActions(rows.length, table.rows.length, locale)}</p>`;
  }

  private renderTable(plan: ActionPlan, rows: readonly ActionRow[]): TemplateResult {
    const locale = this.locale;
    return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-labelledby="caption">
      <table>
        <caption id="caption" class="visually-hidden">${plan.title}</caption>
        <thead>
          <tr>
            ${ACTION_SORT_KEYS.map(
              (key) => html`<th scope="col" aria-sort=${ifDefined(key === this.sortBy ? this.direction : undefined)}>
                <button type="button" class="sort" data-sort=${key} @click=${this.onSortClick}>
                  ${planText(COLUMN_LABELS[key], locale)}<span class="sort-arrow" aria-hidden="true">${key === this.sortBy ? (this.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
                </button>
              </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${rows.length === 0
            ? html`<tr><td colspan=${ACTION_SORT_KEYS.length}>${planText('no-matching-actions', locale)}</td></tr>`
            : rows.map((row) => this.renderRow(row))}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(row: ActionRow): TemplateResult {
    const locale = this.locale;
    const { action, timing } = row;
    return html`<tr class=${timing?.kind ?? ''}>
      <th scope="row">
        <span class="action-title">${action.title}</span>
        ${row.updates.length > 0
          ? html`<details class="updates">
              <summary>${planText('updates-count', locale, { count: row.updates.length })}</summary>
              <ol>
                ${row.updates.map(
                  (update) => html`<li>
                    <span class="update-date">${update.date}</span>
                    <span class="update-status">${update.statusLabel}</span>
                    <span class="update-text">${update.update.text}</span>
                  </li>`,
                )}
              </ol>
            </details>`
          : nothing}
      </th>
      <td>${action.theme}</td>
      <td>${action.lead}</td>
      <td class="due">${row.due} ${timing ? html`<strong class="timing timing-${timing.kind}">${timing.text}</strong>` : nothing}</td>
      <td class="status-cell"><span class="status-word">${statusIcon(row.meaning)}<span>${row.statusLabel}</span></span></td>
    </tr>`;
  }

  private onThemeChange(event: Event): void {
    this.theme = (event.target as HTMLSelectElement).value;
  }

  private onStatusChange(event: Event): void {
    this.status = (event.target as HTMLSelectElement).value;
  }

  private onSortClick(event: Event): void {
    const key = (event.currentTarget as HTMLElement).dataset['sort'];
    if (!isActionSortKey(key)) return;
    this.sortDirection = key === this.sortBy && this.direction === 'ascending' ? 'descending' : 'ascending';
    this.sortBy = key;
  }

  /** Saves the rows shown, in the order shown, as CSV: a Blob URL and an `<a download>`, no request. */
  private download(): void {
    if (this.dataState.status !== 'ready') return;
    const { plan, rows, asOf } = this.planView(this.dataState.dataset);
    // The byte order mark makes Excel read the file as UTF-8 (Gàidhlig accents, en dashes).
    const blob = new Blob(['\uFEFF', actionPlanToCsv(rows, { locale: this.locale })], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = actionPlanCsvName(plan.id, asOf);
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
  }
}
