import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** One column of a data table. */
export interface TableColumn {
  /** Header text. */
  label: string;
  /** Right-align and use tabular figures (numbers). */
  numeric?: boolean;
}

/** What a data table shows: every cell is text, already formatted by the SDK. */
export interface TableData {
  caption: string;
  columns: readonly TableColumn[];
  /** Each row's cells, in column order; the first cell is the row header. */
  rows: ReadonlyArray<readonly string[]>;
}

/**
 * A real `<table>`: the data behind a chart for screen readers, keyboard users and anyone who prefers
 * numbers. Column headers are `th scope="col"`, each row's first cell `th scope="row"`.
 */
export function dataTable(data: TableData, id?: string): TemplateResult {
  return html`<div class="table-wrap" part="table" id=${ifDefined(id)} tabindex="0" role="region" aria-label=${data.caption}>
    <table>
      <caption>${data.caption}</caption>
      <thead>
        <tr>
          ${data.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'numeric' : ''}>${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${data.rows.map(
          ([head, ...cells]) => html`<tr>
            <th scope="row">${head}</th>
            ${cells.map((cell, i) => html`<td class=${data.columns[i + 1]?.numeric ? 'numeric' : ''}>${cell}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Table styles: readable at 320px (the wrapper scrolls, and is focusable so keyboards can scroll it). */
export const dataTableStyles = css`
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
    margin: 0.5em 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    font-weight: 700;
    padding-bottom: 0.5em;
  }
  th,
  td {
    text-align: left;
    padding: 0.4em 0.75em 0.4em 0;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  .numeric {
    text-align: right;
  }
  thead th {
    border-bottom-width: 2px;
    border-bottom-color: var(--_text);
  }
`;
