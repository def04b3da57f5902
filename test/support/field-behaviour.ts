/**
 * What every question of `<gov-dossier-form>` does, whatever its kind, as one suite run over each
 * kind (in the spirit of Shoelace's form-control tests, `runFormControlBaseTests`):
 *
 * - it is named by its label (one control) or its legend (a group), its hint is read with it;
 * - optional, it says so (but for a single checkbox), and leaving it empty stops nobody;
 * - required and left empty, "Tiếp tục" keeps the applicant on the page: the summary names it and
 *   its link brings the focus to the control; the question is marked (box, `aria-invalid`, the
 *   error read with the control) and the page stays accessible;
 * - answered, its error goes at once (checked again as the applicant corrects it);
 * - its answer is kept when the applicant goes on and comes back.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { Field } from '../../src/api/schemas.js';
import type { GovDossierForm } from '../../src/elements/dossier-form/dossier-form.js';
import { $, $$, continueOn, describeNode, focused, group, heading, settled, summaryLinks, text } from './dossier-form.js';

/** One kind of question, as the suite needs it. */
export interface FieldCase {
  /** The question, without `id` and `required` (the suite sets them). */
  field: Omit<Field, 'id' | 'required'>;
  /** Answers the question `id` as a person would. */
  answer: (el: GovDossierForm, id: string) => Promise<void>;
  /** What the answer looks like once given (the first control's value, or a checked box's count). */
  shows: (el: GovDossierForm, id: string) => string;
  /** The question is a group (fieldset and legend) rather than one labelled control. */
  group?: boolean;
  /**
   * Whether its name says "(không bắt buộc)" when optional (default true). A single checkbox
   * does not: its label is a statement the applicant ticks ("Tôi cam đoan…").
   */
  marksOptional?: boolean;
}

/** The first control of a question: what its summary link focuses. */
function firstControl(el: GovDossierForm, id: string): HTMLElement {
  return group(el, id).querySelector<HTMLElement>('input, select, textarea')!;
}

/** The element `aria-describedby` is read from: the control, or the group's fieldset. */
function described(el: GovDossierForm, id: string, isGroup: boolean): HTMLElement {
  return isGroup ? group(el, id).querySelector<HTMLElement>('fieldset')! : firstControl(el, id);
}

function describedIds(node: HTMLElement): string[] {
  return (node.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
}

/** `apiBase`: where the mock back end answers (address questions load their units). */
export function runFieldBehaviourTests(kind: string, fieldCase: FieldCase, apiBase: string): void {
  const isGroup = fieldCase.group === true;
  const field = (id: string, required: boolean): Field => ({ ...fieldCase.field, id, required, hint: `Gợi ý cho ${id}` }) as Field;

  async function mount(): Promise<GovDossierForm> {
    const el = await fixture<GovDossierForm>(html`<gov-dossier-form
      api-base=${apiBase}
      drafts="off"
      .definition=${{
        procedureCode: '1.001193',
        version: `behaviour-${kind}`,
        title: `Câu hỏi loại ${kind}`,
        steps: [
          { id: 'one', title: 'Bước một', fields: [field('asked', true), field('optional', false)] },
          { id: 'two', title: 'Bước hai', fields: [{ id: 'note', kind: 'note', label: 'Hết.' }] },
        ],
        attachments: [],
      }}
    ></gov-dossier-form>`);
    await settled(el);
    return el;
  }

  describe(`a ${kind} question`, () => {
    it('is named by its label or legend, its hint read with it; optional, it says so', async () => {
      const el = await mount();
      const name = isGroup ? text(group(el, 'asked').querySelector('legend')) : text(firstControl(el, 'asked').closest('.field')!.querySelector(`label[for="${firstControl(el, 'asked').id}"]`));
      expect(name).to.equal(fieldCase.field.label);
      const hint = group(el, 'asked').querySelector('.hint')!;
      expect(describedIds(described(el, 'asked', isGroup))).to.include(hint.id);
      expect(text(hint)).to.equal('Gợi ý cho asked');
      const optional = isGroup ? group(el, 'optional').querySelector('legend') : group(el, 'optional').querySelector('label');
      expect(text(optional)).to.equal(fieldCase.marksOptional === false ? fieldCase.field.label : `${fieldCase.field.label} (không bắt buộc)`);
    });

    it('required and empty, keeps the applicant on the page, named in the summary whose link reaches it', async () => {
      const el = await mount();
      await continueOn(el);
      expect(heading(el)).to.equal('Bước một');
      expect(focused(el)).to.equal(describeNode($(el, '.error-summary')));
      const links = summaryLinks(el);
      expect(links, 'only the required question has a problem').to.have.length(1);
      const box = group(el, 'asked');
      expect(box.classList.contains('has-error')).to.equal(true);
      const error = box.querySelector('.error-message')!;
      // Named by its label, with a small first letter mid-sentence (docs/i18n.md, "Terminology").
      expect(text(error).toLocaleLowerCase('vi')).to.contain(fieldCase.field.label.toLocaleLowerCase('vi'));
      expect(describedIds(described(el, 'asked', isGroup))).to.include(error.id);
      expect(group(el, 'optional').classList.contains('has-error'), 'an optional question left empty is fine').to.equal(false);
      if (!isGroup) expect(firstControl(el, 'asked').getAttribute('aria-invalid')).to.equal('true');
      links[0]!.click();
      await el.updateComplete;
      expect(focused(el)).to.equal(describeNode(firstControl(el, 'asked')));
      await expect(el).to.be.accessible();
    });

    it('answered, loses its error at once, and keeps its answer when the applicant goes on and back', async () => {
      const el = await mount();
      await continueOn(el);
      await fieldCase.answer(el, 'asked');
      await el.updateComplete;
      expect(group(el, 'asked').classList.contains('has-error'), 'checked again as it is corrected').to.equal(false);
      expect($$(el, '.error-summary a'), 'nothing left in the summary').to.have.length(0);
      const answer = fieldCase.shows(el, 'asked');
      await continueOn(el);
      expect(heading(el)).to.equal('Bước hai');
      $(el, '.actions .button.secondary').click();
      await el.updateComplete;
      expect(heading(el)).to.equal('Bước một');
      expect(fieldCase.shows(el, 'asked')).to.equal(answer);
    });
  });
}
