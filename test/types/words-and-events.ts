// Type tests of the elements' words and events, checked by `npm run typecheck` (the test
// tsconfig includes this folder's .ts files): every line under `@ts-expect-error` must fail to
// compile, or tsc reports the directive as unused and the typecheck fails.
import type { DossierReceipt } from '../../src/api/schemas.js';
import { GovDossierForm } from '../../src/elements/dossier-form/dossier-form.js';
import type { FormL10n } from '../../src/elements/dossier-form/messages.js';
import type { SearchL10n } from '../../src/elements/procedure-search/messages.js';
import { GovStatusTracker } from '../../src/elements/status-tracker/status-tracker.js';

/** An element's words are its catalogue's keys and the shared ones it speaks from, nothing else. */
export function words(form: FormL10n, search: SearchL10n): string[] {
  return [
    form.t('form.loading'),
    form.t('form.review.change'),
    form.t('common.retry'),
    form.t('error.offline'),
    search.t('onlineLevel.full'),
    search.plural('search.count', 3),
    // @ts-expect-error a misspelt key
    form.t('form.loadin'),
    // @ts-expect-error another element's key
    form.t('tracker.title'),
    // @ts-expect-error the search speaks the procedure words, the form does not
    form.t('onlineLevel.full'),
    // @ts-expect-error a plural is named by its base, and this one does not exist
    search.plural('search.counts', 3),
    // @ts-expect-error a key built from something that is not one of the keys' parts
    form.t(`form.date.${'week' as string}`),
  ];
}

/** An element fires the events declared in HTMLElementEventMap, each with its detail. */
export class FormProbe extends GovDossierForm {
  fire(receipt: DossierReceipt): void {
    this.emit('gov-dossier-submitted', receipt);
    this.emit('gov-track-dossier', { code: '000.00.01.H22-261122-0001' });
    // @ts-expect-error a misspelt event
    this.emit('gov-dossier-submited', receipt);
    // @ts-expect-error a detail of the wrong shape
    this.emit('gov-track-dossier', { codes: '000.00.01.H22-261122-0001' });
    // @ts-expect-error an event that is not one of the elements'
    this.emit('click', undefined);
  }

  speak(): string {
    // @ts-expect-error the element's own words, through the controller it owns
    return this.l10n.t('search.label');
  }
}

export class TrackerProbe extends GovStatusTracker {
  fire(): void {
    this.emit('gov-dossier-status-change', { from: 1, to: 2 });
    // @ts-expect-error a status outside the national codes
    this.emit('gov-dossier-status-change', { from: 1, to: 11 });
  }
}
