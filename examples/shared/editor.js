// The live attribute editor of a gallery page. A <form class="editor"> names its widget
// (data-target), the <code> that shows the snippet (data-snippet) and its copy button. Its selects
// are filled from the SDK Dataset that the widget's <omf-data> hands over in its `omf-load` event;
// each change sets the widget's attribute (the widget re-renders) and rewrites the snippet. Every
// string from the data reaches the page through DOM APIs and textContent, never as HTML.

/** Option lists a select can ask for with data-options: [value, label] pairs from the Dataset. */
const OPTION_SOURCES = {
  indicators: (dataset) => dataset.indicators.map((i) => [i.id, `${i.title} (${i.id})`]),
  areas: (dataset) => byName(dataset.areas).map((a) => [a.code, a.name]),
  highlight: (dataset) => [['', 'None'], ...byName(dataset.areas).map((a) => [a.code, a.name])],
  compare: (dataset) => [
    ['scotland', 'Scotland'],
    ['family', 'Family group average'],
    ['none', 'No comparison'],
    ...byName(dataset.areas).filter((a) => a.code !== 'S92000003').map((a) => [a.code, a.name]),
  ],
  periods: (dataset, values) => [
    ['', 'Latest with data'],
    ...(dataset.indicator(values.indicator) ? dataset.periods(values.indicator) : []).reverse().map((p) => [p.label, p.label]),
  ],
  plans: (dataset) => dataset.plans.map((p) => [p.id, p.title]),
  outcomes: (dataset, values) => [['', 'All outcomes'], ...(dataset.plan(values.plan)?.outcomes ?? []).map((o) => [o.id, `${o.id}: ${o.title}`])],
  localities: (dataset, values) => [['', 'All localities'], ...distinct((dataset.plan(values.plan)?.outcomes ?? []).map((o) => o.locality))],
  'action-plans': (dataset) => dataset.actionPlans.map((p) => [p.id, p.title]),
  themes: (dataset, values) => [['', 'All themes'], ...distinct((dataset.actionPlan(values.plan)?.actions ?? []).map((a) => a.theme))],
  statuses: (dataset, values) => [['', 'All statuses'], ...distinct((dataset.actionPlan(values.plan)?.actions ?? []).map((a) => a.status))],
};

function byName(areas) {
  return [...areas].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

function distinct(values) {
  return [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b, 'en-GB')).map((v) => [v, v]);
}

/** An attribute value as it must be written inside double quotes in HTML. */
function attributeText(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function absolute(url) {
  return new URL(url, window.location.href).href;
}

function setUpEditor(form) {
  const widget = document.getElementById(form.dataset.target);
  const code = document.getElementById(form.dataset.snippet);
  const copyButton = form.dataset.copy ? document.getElementById(form.dataset.copy) : null;
  const copyStatus = form.dataset.copyStatus ? document.getElementById(form.dataset.copyStatus) : null;
  const summary = form.dataset.summary ? document.getElementById(form.dataset.summary) : null;
  const dataElement = widget.localName === 'omf-data' ? widget : widget.closest('omf-data');
  const controls = [...form.elements].filter((control) => control.name);
  let dataset;

  const values = () => Object.fromEntries(controls.map((control) => [control.name, control.value]));

  /** Refills the data-driven selects, keeping each choice where it is still offered. */
  const fill = (changed) => {
    if (!dataset) return;
    for (const select of controls) {
      const source = OPTION_SOURCES[select.dataset.options];
      if (!source || select.name === changed) continue;
      const wanted = select.value || widget.getAttribute(select.name) || '';
      const options = source(dataset, values());
      select.replaceChildren(
        ...options.map(([value, label]) => {
          const option = document.createElement('option');
          option.value = value;
          option.textContent = label;
          return option;
        }),
      );
      select.value = options.some(([value]) => value === wanted) ? wanted : (options[0]?.[0] ?? '');
      select.disabled = options.length === 0;
    }
  };

  const writeSnippet = () => {
    const attributes = [];
    for (const control of controls) {
      const value = widget.getAttribute(control.name);
      if (value === null || value === '') continue;
      const shown = control.name === 'src' ? absolute(value) : value;
      attributes.push(`${control.name}="${attributeText(shown)}"`);
    }
    const lines = [`<script type="module" src="${absolute(form.dataset.cdn)}"></script>`];
    if (widget === dataElement) {
      lines.push(`<omf-data ${attributes.join(' ')}>`, '  <omf-indicator indicator="…" area="…"></omf-indicator>', '</omf-data>');
    } else {
      const src = dataElement?.getAttribute('src');
      if (src) attributes.push(`src="${attributeText(absolute(src))}"`);
      lines.push(`<${widget.localName} ${attributes.join(' ')}></${widget.localName}>`);
    }
    code.textContent = lines.join('\n');
  };

  const apply = () => {
    for (const control of controls) {
      if (control.value) widget.setAttribute(control.name, control.value);
      else widget.removeAttribute(control.name);
    }
    writeSnippet();
  };

  // Static selects start from the widget's attributes, so the snippet matches from the first moment.
  for (const control of controls) {
    if (!control.dataset.options && widget.hasAttribute(control.name)) control.value = widget.getAttribute(control.name);
  }
  writeSnippet();

  dataElement?.addEventListener('omf-load', (event) => {
    if (event.target !== dataElement) return;
    dataset = event.detail.dataset;
    if (summary) {
      const { indicators, areas, plans, actionPlans, report } = dataset;
      summary.textContent = `${dataset.title ?? 'untitled'}: ${indicators.length} indicators, ${areas.length} areas, ${report.observations} observations, ${plans.length + actionPlans.length} plans.`;
    }
    fill();
    apply();
  });
  form.addEventListener('change', (event) => {
    fill(event.target.name);
    apply();
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  copyButton?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent);
      if (copyStatus) copyStatus.textContent = 'Snippet copied.';
    } catch {
      if (copyStatus) copyStatus.textContent = 'Could not copy: select the snippet and copy it.';
    }
  });
}

for (const form of document.querySelectorAll('form.editor')) setUpEditor(form);
