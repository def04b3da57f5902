// Every story runs the way a portal runs motcua: inside <gov-config> with the toolbar's
// locale, under the toolbar's theme, against the msw mock back end.
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import customElementsManifest from '../custom-elements.json';
import '../src/elements/config/index.js';
import { createMockApi } from '../src/mocks/index.js';
import { exampleThemes, themeDeclarations } from '../src/theme/index.js';

// Autodocs take attributes, events, parts, slots and CSS properties from the manifest.
setCustomElementsManifest(customElementsManifest);

/**
 * The default back end of every story: the whole contract at the elements' default base
 * (`/api/v1`). Its handlers are the worker's initial handlers, so they survive msw's reset
 * between stories; a story's own `parameters.msw.handlers` are put in front of them (they
 * win for the requests they match, the mock answers the rest). The state is reset before
 * each story, so a dossier submitted in one story never shows up in another. It has its texts
 * in English too (docs/api.md, "Language"): the English stories show English procedures.
 */
const storyMock = createMockApi({ baseUrl: '/api/v1', contentLanguages: ['vi', 'en'] });

const resetMock = async () => {
  storyMock.reset();
  return {};
};

const startWorker = async () => {
  const worker = setupWorker(...storyMock.handlers);
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  return worker;
};

const THEME_STYLE_ID = 'motcua-storybook-theme';

/** Applies an example theme the way a portal would: token declarations on :root. */
function applyTheme(themeId: string): void {
  const theme = exampleThemes.find((candidate) => candidate.id === themeId);
  let style = document.getElementById(THEME_STYLE_ID);
  if (!theme) {
    style?.remove();
    return;
  }
  if (!style) {
    style = document.createElement('style');
    style.id = THEME_STYLE_ID;
    document.head.append(style);
  }
  style.textContent = `:root { ${themeDeclarations(theme)} }`;
}

const withLocaleAndTheme: Decorator = (story, context) => {
  const locale = context.globals['locale'] === 'en' ? 'en' : 'vi';
  // The page language follows the content, as on a portal (and as axe checks).
  document.documentElement.lang = locale;
  applyTheme(String(context.globals['theme'] ?? 'default'));
  return html`<gov-config locale=${locale}>${story()}</gov-config>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLocaleAndTheme],
  loaders: [resetMock, mswLoader(startWorker)],
  globalTypes: {
    locale: {
      description: 'Ngôn ngữ / Language',
      toolbar: {
        title: 'Ngôn ngữ',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt', right: 'vi' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Giao diện / Theme',
      toolbar: {
        title: 'Giao diện',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Mặc định (Default)' },
          ...exampleThemes.map((theme) => ({ value: theme.id, title: theme.name })),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'vi', theme: 'default' },
  parameters: {
    controls: { expanded: true },
    a11y: {
      // A violation fails the story in Storybook's test run, not only a warning in the panel.
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    },
  },
};

export default preview;
