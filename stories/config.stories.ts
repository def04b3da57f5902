import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/config/index.js';
import '../src/elements/service-stats/index.js';
import '../src/elements/procedure-search/index.js';
import type { MessageOverrides } from '../src/i18n/translator.js';
import { phone320 } from './support/variants.js';

interface ConfigArgs {
  apiBase: string;
  locale: string;
  messages: MessageOverrides | undefined;
}

const meta: Meta<ConfigArgs> = {
  title: 'Elements/Config',
  component: 'gov-config',
  tags: ['autodocs'],
  args: { apiBase: '/api/v1', locale: 'vi', messages: undefined },
  argTypes: {
    apiBase: { control: 'text', description: 'Base URL of the API for every element inside (`api-base`).' },
    locale: { control: 'inline-radio', options: ['vi', 'en'], description: 'Language of every element inside.' },
    messages: { control: 'object', description: 'Host wording: `{ [locale]: { [key]: text } }` (JS property).' },
  },
  // Inside the toolbar's own <gov-config>: the nearest provider wins, as on a portal.
  render: (args) => html`
    <gov-config api-base=${args.apiBase || nothing} locale=${args.locale || nothing} .messages=${args.messages}>
      <gov-service-stats></gov-service-stats>
      <gov-procedure-search></gov-procedure-search>
    </gov-config>
  `,
  parameters: {
    docs: {
      description: {
        component:
          '`<gov-config>` renders nothing (`display: contents`): it gives every motcua element inside it the API base URL, ' +
          'the language, the token getter and host wording, across shadow roots. An element’s own attribute wins over it; ' +
          'without one, elements use `/api/v1` and Vietnamese. Wrap the whole page, or one area, once.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<ConfigArgs>;

/** Two elements configured once: the same API and language for both. */
export const ConfiguresEverythingInside: Story = {};

/** `locale="en"` switches every element inside at once. */
export const English: Story = { args: { locale: 'en' } };

/** Host wording overrides a catalogue message in every element inside. */
export const HostWording: Story = {
  args: { messages: { vi: { 'search.label': 'Tìm dịch vụ công của tỉnh' }, en: { 'search.label': 'Find a provincial service' } } },
};

/** An element's own attribute wins over the config around it: the stats stay in Vietnamese. */
export const ElementAttributeWins: Story = {
  args: { locale: 'en' },
  render: () => html`
    <gov-config locale="en">
      <gov-service-stats locale="vi"></gov-service-stats>
      <gov-procedure-search></gov-procedure-search>
    </gov-config>
  `,
};

/** At 320 px: the config adds no box, the elements inside reflow. */
export const Phone320: Story = { decorators: [phone320] };
