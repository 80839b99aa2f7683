import { css } from 'lit';

/**
 * Styles every OMF element shares: tokens (`--omf-*`, falling back to GOV.UK's `--govuk-*`),
 * states, focus ring, forced colours and reduced motion. Colours come only from tokens.
 */
export const baseStyles = css`
  :host {
    --_text: var(--omf-text-colour, var(--govuk-text-colour, #0b0c0c));
    --_secondary-text: var(--omf-secondary-text-colour, var(--govuk-secondary-text-colour, #484949));
    --_background: var(--omf-background-colour, var(--govuk-body-background-colour, #ffffff));
    --_border: var(--omf-border-colour, var(--govuk-border-colour, #cecece));
    --_focus: var(--omf-focus-colour, var(--govuk-focus-colour, #ffdd00));
    --_focus-text: var(--omf-focus-text-colour, var(--govuk-focus-text-colour, #0b0c0c));
    --_link: var(--omf-link-colour, var(--govuk-link-colour, #1a65a6));
    --_accent: var(--omf-accent-colour, var(--govuk-brand-colour, #1d70b8));
    --_comparison: var(--omf-comparison-colour, #484949);
    --_better: var(--omf-better-colour, #0f7a52);
    --_worse: var(--omf-worse-colour, #ca3535);
    --_neutral: var(--omf-neutral-colour, #484949);
    --_error: var(--omf-error-colour, var(--govuk-error-colour, #ca3535));
    --_skeleton: var(--omf-skeleton-colour, #f3f2f1);
    --_radius: var(--omf-radius, 0);
    --_space: var(--omf-space, 1rem);
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: var(--_text);
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .base {
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .skeleton-line {
    display: block;
    height: 1em;
    margin: 0.5em 0;
    width: 60%;
    background: var(--_skeleton);
    animation: omf-pulse 1.5s ease-in-out infinite;
  }
  .skeleton-line.wide {
    width: 90%;
    height: 2em;
  }
  @keyframes omf-pulse {
    50% {
      opacity: 0.5;
    }
  }
  .message {
    margin: 0;
  }
  .message p {
    margin: 0 0 0.25em;
  }
  .message.error {
    border-left: 5px solid var(--_error);
    padding-left: 0.75em;
  }
  .message-title {
    font-weight: 700;
  }
  a {
    color: var(--_link);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_focus-text);
  }
  .source {
    color: var(--_secondary-text);
    font-size: 0.875em;
    margin: 0.75em 0 0;
  }
  .illustrative {
    display: inline-block;
    border: 2px solid currentColor;
    padding: 0 0.25em;
    font-weight: 700;
    font-size: 0.875em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .base,
    .message.error {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
    .skeleton-line {
      background: GrayText;
    }
  }
`;
