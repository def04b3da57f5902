/**
 * Where the form's definition comes from, and how its load stands (`LoadState`): the
 * `definition` property, or the API for the procedure and case, loaded again when they change
 * (and when the network comes back after an offline failure: the element asks). A 404 is a
 * procedure with no online form; a definition that cannot be used is an error that says why
 * (`InvalidDefinitionError`, which the element reports through `set`). A 409's new version
 * comes through the same request (`nextVersion`), so a load of the procedure supersedes it.
 */
import type { ReactiveControllerHost } from 'lit';
import { getForm } from '../../api/endpoints.js';
import { isApiError } from '../../api/errors.js';
import type { FormDefinition } from '../../api/schemas.js';
import type { ApiTransport } from '../../api/transport.js';
import { RequestController, type Outcome } from '../shared/request.js';
import type { LoadState } from './pages.js';

export interface FormLoadOptions {
  /** The API the element is configured with. */
  transport: () => ApiTransport;
  /** What to load: a definition given, else the procedure (and case); none of them is an error. */
  source: () => { definition: FormDefinition | undefined; procedure: string | undefined; caseId: string | undefined };
  /** A definition to take (it may still turn out unusable: `set('error', …)`). */
  take: (form: FormDefinition) => void;
  /** A load has started: what the element waited for (its on-demand questions) is forgotten. */
  started: () => void;
  /** The API is asked: said through the live region. */
  loading: () => void;
}

export class FormLoad {
  /** Where the load stands; `ready` once the element took a definition. */
  state: LoadState = 'loading';
  /** Why the form cannot be shown (undefined when no procedure was given). */
  error: unknown;
  readonly #host: ReactiveControllerHost;
  readonly #options: FormLoadOptions;
  /** The new version a 409 asked for, awaited by the submission. */
  #versionArrived: ((outcome: Outcome<FormDefinition>) => void) | undefined;
  readonly #request: RequestController<[string, string | undefined, 'load' | 'version'], FormDefinition>;

  constructor(host: ReactiveControllerHost, options: FormLoadOptions) {
    this.#host = host;
    this.#options = options;
    this.#request = new RequestController(host, {
      task: ([procedure, caseId], signal) => getForm(options.transport(), procedure, caseId, { signal }),
      settled: (outcome, [, , purpose]) => {
        if (purpose === 'version') return this.#versionArrived?.(outcome);
        if (outcome.ok) return options.take(outcome.value);
        const { error } = outcome;
        this.set(isApiError(error) ? (error.status === 404 ? 'not-online' : error.kind === 'offline' ? 'offline' : 'error') : 'error', error);
      },
    });
  }

  /** Loads the definition again, superseding whatever was under way. */
  load(): void {
    this.#request.abort();
    const { definition, procedure, caseId } = this.#options.source();
    this.#options.started();
    if (definition) return this.#options.take(definition);
    if (!procedure) return this.set('error', undefined);
    this.set('loading');
    this.#options.loading();
    this.#request.run([procedure, caseId, 'load']);
  }

  /** 409: the form's version now served. */
  async nextVersion(procedure: string, caseId: string | undefined): Promise<Outcome<FormDefinition>> {
    const outcome = await new Promise<Outcome<FormDefinition>>((resolve) => {
      this.#versionArrived = resolve;
      this.#request.run([procedure, caseId, 'version']);
    });
    this.#versionArrived = undefined;
    return outcome;
  }

  /**
   * Where the load stands, as the element decides it: `ready` once it took the definition,
   * `loading` while the form waits for its on-demand questions, `error` (with why) when the
   * definition cannot be used.
   */
  set(state: LoadState, error?: unknown): void {
    this.state = state;
    this.error = error;
    this.#host.requestUpdate();
  }
}
