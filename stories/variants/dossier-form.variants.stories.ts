// <gov-dossier-form> in English, at 320 px and in each example theme, from the element's own
// stories (stories/dossier-form.stories.ts), so each variant is the same story as the original.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import meta, * as stories from '../dossier-form.stories.js';
import { variantsOf } from '../support/variants.js';

export default {
  ...(meta as Meta),
  title: 'Elements/Dossier form/Language, phone, themes',
  // The element's page is its own stories file's; these are variants only.
  tags: ['!autodocs'],
} satisfies Meta;

const variants = variantsOf(stories.BirthRegistration as StoryObj, 'Birth registration, first step');
export const English: StoryObj = variants.English;
export const Phone320: StoryObj = variants.Phone320;
export const Phone320English: StoryObj = variants.Phone320English;
export const ThemeRedHeritage: StoryObj = variants.theme('red-heritage');
export const ThemeCoastalTeal: StoryObj = variants.theme('coastal-teal');
export const ThemeHighContrast: StoryObj = variants.theme('high-contrast');
