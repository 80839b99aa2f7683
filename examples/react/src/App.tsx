import { useState } from 'react';
// The npm ESM build: each import registers one element (and only what it needs is bundled).
import '@omf/elements/omf-data.js';
import '@omf/elements/omf-indicator.js';
import '@omf/elements/omf-trend.js';
import type { OmfErrorDetail, OmfLoadDetail } from '@omf/elements';

const AREAS = [
  ['S12000033', 'Aberdeen City'],
  ['S12000049', 'Glasgow City'],
  ['S12000013', 'Na h-Eileanan Siar'],
] as const;

/** Relative to the built page (examples/react/dist/), as the gallery server serves it. */
const DATA_URL = '../../data/lgbf-children.json';

export function App() {
  const [area, setArea] = useState<string>(AREAS[0][0]);
  const [status, setStatus] = useState('Waiting for the data…');

  // React 19 passes `onomf-load` to the element as a listener for its `omf-load` event.
  const onLoad = (event: CustomEvent<OmfLoadDetail>) => {
    const { dataset } = event.detail;
    const indicator = dataset.indicator('CHN18');
    setStatus(`omf-load received: ${indicator?.title ?? 'CHN18'}, ${dataset.area(area)?.name ?? area}.`);
  };
  const onError = (event: CustomEvent<OmfErrorDetail>) => setStatus(`omf-error received: ${event.detail.message}`);

  return (
    <main>
      <h1>Early learning and childcare, in a React app</h1>
      <p>
        A React 19 app built with Vite. It imports the elements from the npm package, sets their attributes from
        state and listens to their events.
      </p>
      <label htmlFor="area">Council</label>
      <select id="area" value={area} onChange={(event) => setArea(event.target.value)}>
        {AREAS.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
      <p role="status" id="load-status">
        {status}
      </p>
      <omf-data src={DATA_URL}>
        <div className="cards">
          <omf-indicator indicator="CHN18" area={area} compare="scotland" onomf-load={onLoad} onomf-error={onError} />
          <omf-indicator indicator="CHN17" area={area} compare="family" variant="compact" />
        </div>
        <omf-trend indicator="CHN18" area={area} compare="family" />
      </omf-data>
      <footer>
        <p>
          Contains data from the Improvement Service (Local Government Benchmarking Framework), licensed under the Open
          Government Licence v3.0.
        </p>
      </footer>
    </main>
  );
}
