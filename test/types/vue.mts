// A Vue 3 app's view of the elements, type-checked by test/tools/jsx-types.test.mjs against
// the generated dist/jsx/vue.d.ts: the props and listeners vue-tsc sees for each gov-* tag.
import type {} from 'motcua/vue';
import type { GlobalComponents } from 'vue';
import type { DossierReceipt } from 'motcua';

type PropsOf<T> = T extends new (...args: never[]) => { $props: infer P } ? P : never;

export const form: PropsOf<GlobalComponents['gov-dossier-form']> = {
  procedure: '1.001',
  applicant: { fullName: 'Nguyễn Văn An' },
  onGovDossierSubmitted: (event) => {
    const receipt: DossierReceipt = event.detail;
    console.info(receipt.code);
  },
};

export const tracker: PropsOf<GlobalComponents['gov-status-tracker']> = {
  code: 'G22.99-250101-0001',
  onGovDossierStatusChange: (event) => console.info(event.detail.from, event.detail.to),
};

export const wrong: PropsOf<GlobalComponents['gov-dossier-form']> = {
  // @ts-expect-error the receipt has no `codes`
  onGovDossierSubmitted: (event) => console.info(event.detail.codes),
};
