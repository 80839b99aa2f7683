import { css, html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { t, type ActionStatus, type Locale, type ProgressStatus, type Source } from '@omf/sdk';
import { safeHref } from '../shared/source-line.js';

/** Pieces both plan elements (`<omf-loip-progress>`, `<omf-action-plan>`) render the same way. */

type Tone = 'good' | 'done' | 'warn' | 'bad' | 'neutral';
type IconStatus = ProgressStatus | ActionStatus;

const TONE: Record<IconStatus, Tone> = {
  achieved: 'done',
  complete: 'done',
  'on-track': 'good',
  'at-risk': 'warn',
  'off-track': 'bad',
  'not-started': 'neutral',
  cancelled: 'neutral',
  'not-enough-data': 'neutral',
};

/** Each status has its own shape, so it never rests on colour alone; the word always sits beside it. */
const SHAPES: Record<IconStatus, SVGTemplateResult> = {
  achieved: svg`<circle cx="10" cy="10" r="9"></circle><path class="inner" d="M5.5 10.5l3 3 6-7"></path>`,
  complete: svg`<circle cx="10" cy="10" r="9"></circle><path class="inner" d="M5.5 10.5l3 3 6-7"></path>`,
  'on-track': svg`<path class="line" d="M3.5 10.5l4.5 4.5 8.5-10"></path>`,
  'at-risk': svg`<path d="M10 1.5L19 18H1z"></path><path class="inner" d="M10 7v5.5M10 14.5v1.5"></path>`,
  'off-track': svg`<circle cx="10" cy="10" r="9"></circle><path class="inner" d="M6.5 6.5l7 7M13.5 6.5l-7 7"></path>`,
  'not-started': svg`<circle class="ring" cx="10" cy="10" r="8"></circle>`,
  cancelled: svg`<circle class="ring" cx="10" cy="10" r="8"></circle><path class="line" d="M4.5 15.5l11-11"></path>`,
  'not-enough-data': svg`<circle class="ring" cx="10" cy="10" r="8"></circle><path class="line" d="M6 10h8"></path>`,
};

/** A decorative status icon (`aria-hidden`): the status word beside it carries the meaning. */
export function statusIcon(status: IconStatus | undefined): TemplateResult | typeof nothing {
  if (!status) return nothing;
  return html`<svg class="icon tone-${TONE[status]}" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">${SHAPES[status]}</svg>`;
}

/** A heading at a level from 2 to 6 (clamped), so a host page can fit the element into its outline. */
export function heading(level: number, content: unknown, className: string): TemplateResult {
  const clamped = Math.min(6, Math.max(2, Math.round(Number.isFinite(level) ? level : 2)));
  switch (clamped) {
    case 2:
      return html`<h2 class=${className}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className}>${content}</h5>`;
    default:
      return html`<h6 class=${className}>${content}</h6>`;
  }
}

/** The visible "Illustrative data" flag. */
export function illustrativeFlag(locale: Locale): TemplateResult {
  return html`<span class="illustrative">${t('illustrative', locale)}</span>`;
}

/** "Source: A (licence); B (licence)", each name a link only when its URL is http(s). */
export function sourcesLine(sources: readonly Source[], locale: Locale): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  return html`<p part="source" class="source">
    ${t('source', locale)}:
    ${sources.map((source, index) => {
      const href = safeHref(source.url);
      return html`${index > 0 ? '; ' : ''}${href ? html`<a href=${href}>${source.name}</a>` : source.name}${source.licence ? ` (${source.licence})` : ''}`;
    })}
  </p>`;
}

/** Styles of the shared pieces: icons coloured from tokens, with shapes that survive forced colours. */
export const planPartsStyles = css`
  :host {
    --_good: var(--omf-better-colour, #0f7a52);
    --_warn: var(--omf-at-risk-colour, #8f4700);
    --_bad: var(--omf-worse-colour, #ca3535);
    --_done: var(--omf-achieved-colour, #005a30);
    --_quiet: var(--omf-neutral-colour, #484949);
  }
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    vertical-align: -0.25em;
    fill: currentColor;
    stroke: none;
  }
  .icon .inner {
    fill: none;
    stroke: var(--_background);
    stroke-width: 2.25;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .icon .line,
  .icon .ring {
    fill: none;
    stroke: currentColor;
    stroke-width: 2.25;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .tone-good {
    color: var(--_good);
  }
  .tone-done {
    color: var(--_done);
  }
  .tone-warn {
    color: var(--_warn);
  }
  .tone-bad {
    color: var(--_bad);
  }
  .tone-neutral {
    color: var(--_quiet);
  }
  .status-word {
    display: inline-flex;
    align-items: flex-start;
    gap: 0.35em;
    font-weight: 700;
  }
  .illustrative-line {
    margin: 0 0 0.75em;
  }
  @media (forced-colors: active) {
    .icon {
      color: CanvasText;
    }
    .icon .inner {
      stroke: Canvas;
    }
  }
`;
