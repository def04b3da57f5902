// Language, phone width and theme variants of a story, the same for every element
// (issue #19: English and 320 px stories for every element, and a story per example theme).
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { exampleThemes } from '../../src/theme/examples.js';

/** Shows the story in a 320 px column, the narrowest phone the elements support. */
export const phone320: Decorator = (story) =>
  html`<style>.phone-320{width:320px;max-width:320px;border:1px dashed #737d8c}</style><div class="phone-320">${story()}</div>`;

/** The variants of one base story: English, 320 px (Vietnamese and English), each example theme. */
export function variantsOf<T extends { name?: string; globals?: Record<string, unknown>; decorators?: unknown }>(base: T, label: string) {
  const decorators = [...(base.decorators ? [base.decorators].flat() : []), phone320];
  return {
    English: { ...base, name: `${label}, in English`, globals: { ...base.globals, locale: 'en' } },
    Phone320: { ...base, name: `${label}, 320 px`, decorators },
    Phone320English: { ...base, name: `${label}, 320 px, in English`, globals: { ...base.globals, locale: 'en' }, decorators },
    /** The story under one example theme (`src/theme/examples.ts`), applied by the toolbar's global. */
    theme(id: string) {
      const theme = exampleThemes.find((candidate) => candidate.id === id);
      if (!theme) throw new Error(`no example theme ${id}`);
      return { ...base, name: `${label}, theme: ${theme.name}`, globals: { ...base.globals, theme: id } };
    },
  };
}
