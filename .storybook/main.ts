// Storybook 10 for the web components: stories in stories/, docs pages in MDX, the msw mock
// back end (worker script generated into .storybook/public by `msw init`, git-ignored),
// axe on every story. Offline: telemetry and update checks are off.
import type { StorybookConfig } from '@storybook/web-components-vite';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', 'msw-storybook-addon'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: ['./public'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  docs: { defaultName: 'Docs' },
  // No onboarding checklist in the sidebar: this Storybook is the elements' catalogue for
  // portal teams, not a first Storybook project.
  features: { sidebarOnboardingChecklist: false },
  viteFinal(viteConfig) {
    // The preview bundles the whole mock back end (catalogue, forms, 3,321 communes): large
    // on purpose, and never part of the package.
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 2500 };
    return viteConfig;
  },
};

export default config;
