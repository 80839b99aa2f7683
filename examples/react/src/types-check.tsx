// Compile-time proof that the JSX types generated from custom-elements.json are in force: `tsc` fails
// the build if any line marked @ts-expect-error is accepted. Never rendered.
export const typeChecks = [
  // @ts-expect-error: `variant` is 'default' | 'compact'.
  <omf-indicator key="variant" indicator="CHN18" variant="wide" />,
  // @ts-expect-error: the omf-load listener receives CustomEvent<OmfLoadDetail>, not a number.
  <omf-trend key="event" indicator="CHN18" onomf-load={(count: number) => count} />,
  // @ts-expect-error: there is no such element.
  <omf-chart key="unknown" />,
];
