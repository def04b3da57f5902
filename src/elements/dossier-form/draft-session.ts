/**
 * The applicant's side of drafts: whether a draft found on the device is theirs (the
 * restore prompt), what to do when another tab changed it, and clearing the device.
 *
 * The store (`drafts.ts`) reads and writes; this controller holds the questions put to the
 * applicant and their answers, and asks the element (`DraftSessionHost`) to put answers on
 * screen or take them off. Nothing of a draft reaches the screen before the applicant says
 * it is theirs.
 */
import type { ReactiveControllerHost } from 'lit';
import type { FormDefinition } from '../../api/schemas.js';
import type { Draft, InFlight } from './draft-format.js';
import { DraftStore, inFlightSession, type DraftContent, type DraftScope, type DraftStoreOptions, type OtherTabChange } from './drafts.js';
import type { FormKey } from './messages.js';

/** What the session asks of the element. */
export interface DraftSessionOptions extends Omit<DraftStoreOptions, 'onOtherTab'> {
  /** What the answers on screen would be saved as. */
  content: () => DraftContent;
  /** Puts a draft's answers and files on screen: the applicant said it is theirs. */
  restore: (draft: Draft) => void;
  /** The first step with nothing restored. */
  begin: () => void;
  /** Says something (a message key) through the live region. */
  announce: (key: FormKey) => void;
  /** Another tab changed or submitted this draft: said when its notice (the later part's) can show. */
  announceOtherTab: (kind: OtherTabChange['kind']) => void;
  /**
   * Runs `then` with what carries a draft over to another version of the form, once the part
   * that holds it (the later part: `carry-over.ts`) is here. Only a draft written before the
   * form changed needs it.
   */
  withCarryOver: (then: (carry: (draft: Draft, form: FormDefinition) => DraftContent) => void) => void;
}

export class DraftSession {
  /** A draft found on the device, waiting for the applicant to say it is theirs. */
  pending: Draft | undefined;
  /** What another tab did to this form's draft, until the applicant chooses. */
  otherTab: OtherTabChange | undefined;
  /** The applicant asked to clear the device and is asked to confirm. */
  clearing = false;
  /** When the restored draft was saved, for the notice that says so. */
  restoredAt: string | undefined;

  readonly store: DraftStore;
  readonly #host: ReactiveControllerHost;
  readonly #options: DraftSessionOptions;
  #form: FormDefinition | undefined;
  #scope: DraftScope | undefined;

  constructor(host: ReactiveControllerHost, options: DraftSessionOptions) {
    this.#host = host;
    this.#options = options;
    this.store = new DraftStore(host, { ...options, onOtherTab: (change) => this.#onOtherTab(change) });
  }

  /** True once another tab submitted this draft: this tab neither saves nor submits it again. */
  get submittedElsewhere(): boolean {
    return this.otherTab?.kind === 'submitted';
  }

  /** Opens a loaded form's drafts (deleting stale ones of every form) and asks about this form's, if any. */
  open(form: FormDefinition, scope: DraftScope): void {
    this.#form = form;
    this.#scope = scope;
    const draft = this.store.open(scope);
    this.reset();
    if (draft) this.#ask(draft);
  }

  /** Saves the answers on screen soon (after a pause in typing), unless they are not to be saved. */
  saveSoon(): void {
    if (!this.#scope || this.pending || this.submittedElsewhere) return;
    this.store.schedule(this.#scope, this.#options.content);
  }

  /**
   * The submission in flight recorded where a reload finds it: the draft, or with drafts off the
   * tab's session (which keeps nothing personal).
   */
  persist(inFlight: InFlight | undefined): void {
    if (!this.#scope) return;
    if (this.#options.enabled()) this.store.save(this.#scope, this.#options.content());
    else inFlightSession.write(this.#scope, inFlight);
  }

  /** With drafts off, the submission this tab sent before a reload, whose outcome is not known. */
  inFlightOfTab(): InFlight | undefined {
    return this.#scope && !this.#options.enabled() ? inFlightSession.read(this.#scope) : undefined;
  }

  /** "Bắt đầu lại": the draft and the record of a submission in flight leave the device. */
  discard(): void {
    if (!this.#scope) return;
    this.store.discard(this.#scope);
    if (!this.#options.enabled()) inFlightSession.write(this.#scope, undefined);
  }

  /** The dossier is made: the draft goes, and other tabs learn it was submitted. */
  submitted(): void {
    if (this.#scope && this.#options.enabled()) this.store.markSubmitted(this.#scope);
    this.store.unwatch();
  }

  /** Forgets every question put to the applicant. */
  reset(): void {
    this.store.held = false;
    this.pending = undefined;
    this.otherTab = undefined;
    this.clearing = false;
    this.restoredAt = undefined;
    this.#host.requestUpdate();
  }

  /** "Tiếp tục": the draft is the applicant's. */
  resume(): void {
    const draft = this.pending;
    if (draft) this.#forVersion(draft, (carried) => this.#restore(carried));
  }

  /** The other tab's answers replace this tab's. */
  useOtherTab(): void {
    if (this.otherTab?.kind !== 'edited') return;
    this.#forVersion(this.otherTab.draft, (carried) => this.#restore(carried));
  }

  /** This tab's answers are saved again, over whatever the other tab did. */
  keepThisTab(): void {
    this.otherTab = undefined;
    if (this.#scope) this.store.save(this.#scope, this.#options.content());
    this.#host.requestUpdate();
  }

  /** Asks whether to clear the device (`then` runs once asked), or stops asking (no `then`). */
  askToClear(then: (() => void) | undefined): void {
    this.clearing = then !== undefined;
    then?.();
    this.#host.requestUpdate();
  }

  /** Every motcua draft on the device, and the answers on screen (unless `keepScreen`: a receipt), go. */
  clearDevice(keepScreen: boolean, then: () => void): void {
    this.store.clearAll();
    if (!keepScreen) this.#options.begin();
    this.clearing = false;
    this.#options.announce('form.device.cleared');
    then();
    this.#host.requestUpdate();
  }

  #restore(draft: Draft): void {
    this.store.held = false;
    this.#options.restore(draft);
    this.pending = undefined;
    this.otherTab = undefined;
    this.restoredAt = draft.savedAt;
    this.#host.requestUpdate();
  }

  /**
   * The applicant is asked whether `draft` is theirs. The prompt shows only when it was saved,
   * which a carry-over keeps, so it shows at once; a draft of an older version is carried over
   * meanwhile (`#forVersion`), unless the applicant has answered or another draft came first.
   */
  #ask(draft: Draft): void {
    this.pending = draft;
    this.#forVersion(draft, (carried) => {
      if (this.pending !== draft) return;
      this.pending = carried;
      this.#host.requestUpdate();
    });
  }

  /**
   * A draft of an older version is carried over as a 409 carries the answers over, and saved
   * so: the older version's draft, and the answers the new form no longer asks for, leave the
   * device; what changed is kept for the notice shown after the restore. `then` gets the draft
   * at once when it is of this version, else once the part that carries it over is here.
   */
  #forVersion(draft: Draft, then: (draft: Draft) => void): void {
    const form = this.#form;
    const scope = this.#scope;
    if (!form || !scope || draft.form.version === form.version) return then(draft);
    this.#options.withCarryOver((carry) => {
      // Another form was opened meanwhile: this draft is not its business.
      if (this.#form !== form) return;
      const content = carry(draft, form);
      this.store.save(scope, content, draft.savedAt);
      then({ ...content, savedAt: draft.savedAt, writer: this.store.writer });
    });
  }

  #onOtherTab(change: OtherTabChange): void {
    // Submitted is final: the removal that follows the mark, or a new draft of the other
    // tab's next application, changes nothing for this one.
    if (this.submittedElsewhere) return;
    if (this.pending) {
      // Still asking whether to restore: ask about the draft as it now is, or about nothing.
      if (change.kind === 'edited') this.#ask(change.draft);
      else if (change.kind === 'removed') this.pending = undefined;
      else {
        this.pending = undefined;
        this.otherTab = change;
      }
      if (change.kind !== 'submitted') this.store.held = false;
    } else {
      this.otherTab = change;
      this.#options.announceOtherTab(change.kind);
    }
    this.#host.requestUpdate();
  }
}
