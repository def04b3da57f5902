/**
 * The address combobox: the province and commune of an address chosen by typing a few letters
 * of the name, with or without diacritics (issue #20). A hundred communes all beginning with
 * "Xã" or "Phường" defeat a native select's type-ahead; this is the ARIA Authoring Practices'
 * "editable combobox with list autocomplete" (manual selection): the text filters the list,
 * Down/Up move the active option (`aria-activedescendant`), Enter chooses, Escape closes and
 * then clears, leaving the field keeps a chosen unit and turns a text that names none into no
 * answer, so the form's validation asks for the unit as it does for the select.
 *
 * A part fetched on demand (combobox-loader.ts), once a form has an address question. The
 * form renders every unit list as a native select inside `<gov-unit-combobox>`: an unknown
 * element until the part is here, which shows its select; and for good if the part cannot be
 * had (offline). Once defined (`install`), the element hides the select and shows the
 * combobox, with the select's id, whenever it is given a loaded list (`props`), but never while
 * the select has the focus: then once it is left.
 *
 * The element renders into the form's shadow root, not a root of its own: the label's `for`,
 * the error summary's link, `aria-activedescendant` and `aria-controls` all point at ids in
 * that one root, as they must.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { fold, foldedWords, searchKey } from '../../i18n/fold.js';
import { addWords } from '../../i18n/translator.js';
import { catalog, type FormL10n } from './messages.js';
import { comboboxVi } from './messages-combobox.vi.js';
import type { ShownUnit } from './units.js';
import { comboboxStyles } from './combobox.styles.js';

addWords(catalog, comboboxVi);

/** What the form gives a combobox with a loaded list: the list's name, the units, the one chosen. */
export interface UnitComboboxProps {
  items: readonly ShownUnit[];
  /** The chosen unit's code, `''` for none. */
  value: string;
  /** `aria-invalid`: the form shows an error about this unit. */
  invalid: 'true' | 'false';
  l10n: FormL10n;
  choose: (code: string) => void;
}

/** The words of a text as matching compares them: folded (no marks, đ → d), each also with one spelling of i/y. */
function keysOf(text: string): string[] {
  return foldedWords(text).flatMap((word) => {
    const key = searchKey(word);
    return key === word ? [word] : [word, key];
  });
}

/** One text as a whole, to tell whether the applicant typed a unit's full name. */
function wholeKey(text: string): string {
  return foldedWords(text).map(searchKey).join(' ');
}

const unitKeys = new WeakMap<readonly ShownUnit[], string[][]>();

/**
 * The units a text finds: each of its words begins a word of the unit's name, kind included
 * ("ba dinh", "Ba Đình", "đình", "phường ba" all find Phường Ba Đình; "ky" finds "Kỳ" and "Kì").
 * Those whose proper name begins with the text come first, each group in the list's order.
 */
export function matching(items: readonly ShownUnit[], text: string): readonly ShownUnit[] {
  const words = foldedWords(text);
  if (words.length === 0) return items;
  let keys = unitKeys.get(items);
  if (!keys) unitKeys.set(items, (keys = items.map((unit) => keysOf(unit.name))));
  const found = (unitWords: string[], word: string) => {
    const key = searchKey(word);
    return unitWords.some((unitWord) => unitWord.startsWith(word) || unitWord.startsWith(key));
  };
  const first: ShownUnit[] = [];
  const rest: ShownUnit[] = [];
  const start = fold(text).trim();
  items.forEach((unit, index) => {
    if (words.every((word) => found(keys[index]!, word))) (fold(unit.label).startsWith(start) ? first : rest).push(unit);
  });
  return first.concat(rest);
}

/** The unit a text names in full (its name, or its label as the list shows it), if one. */
function named(items: readonly ShownUnit[], text: string): ShownUnit | undefined {
  const key = wholeKey(text);
  return items.find((unit) => wholeKey(unit.name) === key || wholeKey(unit.label) === key);
}

/** The comboboxes on the page, told when the part arrives in another form (`install`). */
const connected = new Set<GovUnitCombobox>();

/**
 * The combobox around an address's unit select. Internal to `<gov-dossier-form>`, which
 * renders it; not for pages to use (its properties may change in any release).
 *
 * @internal
 */
export class GovUnitCombobox extends LitElement {
  static override properties: PropertyDeclarations = {
    props: { attribute: false },
    text: { state: true },
    open: { state: true },
    active: { state: true },
    status: { state: true },
  };

  /** A loaded list, or nothing: the select shows (the list loads, failed, or waits for a province). */
  declare props: UnitComboboxProps | undefined;
  /** What the applicant typed, while it is not a chosen unit's label. */
  declare text: string | undefined;
  declare open: boolean;
  /** The option with visual focus, an index into the options shown; -1 for none (focus in the text). */
  declare active: number;
  /** The polite announcement: how many units the text finds. */
  declare status: string;

  constructor() {
    super();
    this.open = false;
    this.active = -1;
    this.status = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** In the form's shadow root: the label, the error summary and the ARIA ids must be in the input's root. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The control's id: the select's, the combobox's while it shows. */
  #id = '';
  /** The combobox shows (the select is hidden). */
  #shows = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another province: the commune list is another list, and what was typed for the old one goes.
    const before = changed.get('props') as UnitComboboxProps | undefined;
    if (changed.has('props') && before?.items !== this.props?.items) {
      this.text = undefined;
      this.open = false;
      this.active = -1;
    }
    const select = this.querySelector('select');
    if (!select) return;
    const root = this.getRootNode() as ShadowRoot;
    // A list to show, in a form whose part has come (another form of the page may have defined the tag before).
    let shows = !!this.props && !!root.adoptedStyleSheets?.includes(comboboxStyles.styleSheet!);
    // Never swapped under the applicant's hands: a focused select stays until it is left.
    if (shows && !this.#shows && root.activeElement === select) {
      shows = false;
      select.addEventListener('blur', () => this.requestUpdate(), { once: true });
    }
    // One control has the id the label and the error summary point at.
    if (select.id) this.#id = select.id;
    if (shows) select.removeAttribute('id');
    else select.id = this.#id;
    select.hidden = this.#shows = shows;
    this.classList.toggle('shows', shows);
  }

  protected override updated(): void {
    if (this.active >= 0) this.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  /** The options the text finds. */
  #shown(): readonly ShownUnit[] {
    const items = this.props?.items ?? [];
    return this.text === undefined ? items : matching(items, this.text);
  }

  #announce(count: number): void {
    this.status = this.props!.l10n.plural('form.combobox.results', count, { count });
  }

  #openList(shown: readonly ShownUnit[]): void {
    this.open = true;
    this.#announce(shown.length);
  }

  #close(): void {
    this.open = false;
    this.active = -1;
  }

  #choose(unit: ShownUnit | undefined): void {
    this.text = undefined;
    this.#close();
    this.status = '';
    const code = unit?.code ?? '';
    if (code !== this.props!.value) this.props!.choose(code);
  }

  /**
   * The text becomes the answer: the active option, or the unit it names in full, or none (a
   * text that names no unit is no answer: the form then asks for one, as for an empty select).
   */
  #commit(): void {
    if (this.open && this.active >= 0) return this.#choose(this.#shown()[this.active]);
    this.#close();
    if (this.text === undefined) return;
    const props = this.props!;
    const unit = foldedWords(this.text).length === 0 ? undefined : named(props.items, this.text);
    if (unit || foldedWords(this.text).length === 0) return this.#choose(unit);
    // Kept as typed, so the applicant sees what the error is about.
    if (props.value) props.choose('');
  }

  #onInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
    this.active = -1;
    this.#openList(this.#shown());
  };

  #onKeydown = (event: KeyboardEvent): void => {
    const shown = this.#shown();
    const count = shown.length;
    const chosen = shown.findIndex((unit) => unit.code === this.props!.value);
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!this.open) {
          this.#openList(shown);
          // Alt+Down opens the list and leaves focus in the text (APG).
          if (!event.altKey && count > 0) this.active = chosen >= 0 ? chosen : down ? 0 : count - 1;
        } else if (count > 0) {
          this.active = down ? (this.active + 1) % count : this.active <= 0 ? count - 1 : this.active - 1;
        }
        return;
      }
      case 'Enter':
        // The form's Enter (Continue) waits until the text is an answer.
        if (this.open) {
          event.preventDefault();
          event.stopPropagation();
          // One unit found: Enter takes it, as there is nothing to choose between.
          if (this.active < 0 && count === 1) this.active = 0;
        }
        return this.#commit();
      case 'Escape':
        if (this.open) this.#close();
        else if (this.text !== undefined || this.props!.value) this.#choose(undefined);
        else return;
        event.preventDefault();
        event.stopPropagation();
        return;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The keys edit the text again (the caret moves as in any text field).
        this.active = -1;
        return;
    }
  };

  #onClick = (): void => {
    if (this.open) this.#close();
    else this.#openList(this.#shown());
  };

  override render(): TemplateResult | typeof nothing {
    if (!this.#shows) return nothing;
    const { items, value, invalid } = this.props!;
    const id = this.#id;
    // The listbox is named by the select's label ("Xã, phường, đặc khu"), which now labels the text box.
    const label = (this.getRootNode() as ShadowRoot).querySelector(`label[for="${id}"]`)?.textContent?.trim() ?? '';
    const shown = this.#shown();
    const open = this.open && shown.length > 0;
    const chosen = items.find((unit) => unit.code === value);
    return html`<input
        id=${id}
        class="input combobox-input"
        part="combobox-input"
        type="text"
        role="combobox"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="${id}-listbox"
        aria-activedescendant=${ifDefined(open && this.active >= 0 ? `${id}-option-${this.active}` : undefined)}
        aria-invalid=${invalid}
        .value=${live(this.text ?? chosen?.label ?? '')}
        @input=${this.#onInput}
        @keydown=${this.#onKeydown}
        @click=${this.#onClick}
        @blur=${() => this.#commit()}
      /><ul id="${id}-listbox" class="combobox-listbox" part="combobox-listbox" role="listbox" aria-label=${label} ?hidden=${!open}>
        ${open
          ? shown.map(
              (unit, index) =>
                html`<li
                  id="${id}-option-${index}"
                  class=${unit.code === value ? 'combobox-option chosen' : 'combobox-option'}
                  part="combobox-option"
                  role="option"
                  aria-selected=${index === this.active ? 'true' : 'false'}
                  @mousedown=${(event: Event) => event.preventDefault()}
                  @click=${() => this.#choose(unit)}
                >${unit.label}</li>`,
            )
          : nothing}
      </ul>${this.open && shown.length === 0 ? html`<p class="combobox-none hint">${this.props!.l10n.t('form.combobox.none')}</p>` : nothing}<div
        class="visually-hidden"
        role="status"
      >${this.status}</div>`;
  }
}

/**
 * The part arrives in a form: its styles join the form's, then the tag is defined, and every
 * `<gov-unit-combobox>` the form has rendered becomes a combobox (those of a form whose part
 * has not come, styles not adopted, stay selects). Registered here, not when the
 * module is imported: the part has no side effect of its own (package.json `sideEffects`).
 */
export function install(adoptStyles: (styles: typeof comboboxStyles) => void): void {
  adoptStyles(comboboxStyles);
  if (!customElements.get('gov-unit-combobox')) customElements.define('gov-unit-combobox', GovUnitCombobox);
  for (const combobox of connected) combobox.requestUpdate();
}

declare global {
  interface HTMLElementTagNameMap {
    'gov-unit-combobox': GovUnitCombobox;
  }
}
