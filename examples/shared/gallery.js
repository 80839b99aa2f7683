// Gallery page behaviour shared by every element page: the theme switcher (default, GOV.UK, SGDS).
// The chosen theme is one <link> to packages/elements/themes/NAME.css and `?theme=NAME` in the address,
// so a themed page can be linked to and reloaded. No inline scripts or styles: the gallery works under a
// Content-Security-Policy without 'unsafe-inline'.

/** Theme name -> stylesheet in packages/elements/themes/ (none for the built-in look). */
const THEMES = { default: undefined, govuk: 'govuk.css', sgds: 'sgds.css' };
const themeFolder = new URL('../../packages/elements/themes/', import.meta.url);

function themeFromAddress() {
  const name = new URLSearchParams(window.location.search).get('theme') ?? 'default';
  return Object.hasOwn(THEMES, name) ? name : 'default';
}

/** Links the theme's stylesheet (or removes it for the default) and records the choice on <html>. */
export function applyTheme(name) {
  const file = THEMES[name];
  let link = document.getElementById('omf-theme');
  if (!file) {
    link?.remove();
  } else {
    if (!link) {
      link = document.createElement('link');
      link.id = 'omf-theme';
      link.rel = 'stylesheet';
      document.head.append(link);
    }
    link.href = new URL(file, themeFolder).href;
  }
  document.documentElement.dataset.theme = name;
}

/** Keeps the theme when moving between gallery pages. */
function keepThemeInLinks(name) {
  for (const link of document.querySelectorAll('a[data-keep-theme]')) {
    const url = new URL(link.href);
    if (name === 'default') url.searchParams.delete('theme');
    else url.searchParams.set('theme', name);
    link.href = url.href;
  }
}

function setUpThemeSwitcher() {
  const initial = themeFromAddress();
  applyTheme(initial);
  keepThemeInLinks(initial);
  for (const radio of document.querySelectorAll('input[name="theme"]')) {
    radio.checked = radio.value === initial;
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      applyTheme(radio.value);
      keepThemeInLinks(radio.value);
      const url = new URL(window.location.href);
      if (radio.value === 'default') url.searchParams.delete('theme');
      else url.searchParams.set('theme', radio.value);
      window.history.replaceState(null, '', url);
    });
  }
}

setUpThemeSwitcher();
