import { expect } from '@open-wc/testing';
import { benchForm, plainQuestions, syntheticForm } from '../../bench/dossier-form.bench.js';

describe('benchForm (the form benchmark helper)', () => {
  it('measures the form and its plain Lit floor in turn, on the same questions showing the same errors', async function () {
    this.timeout(90_000);
    const result = await benchForm({ fields: 30, renders: 3, keystrokes: 6, warmup: 2 });
    console.log(
      `form bench (30 questions): keystroke p95 ${result.keystroke.p95} ms, floor ${result.floor.keystroke.p95} ms; ` +
        `first render p50 ${result.firstRender.p50} ms, floor ${result.floor.firstRender.p50} ms`,
    );
    for (const timing of [result.firstRender, result.floor.firstRender]) expect(timing.samples).to.have.length(3);
    for (const timing of [result.keystroke, result.floor.keystroke]) expect(timing.samples).to.have.length(6);
    for (const timing of [result.firstRender, result.keystroke, result.floor.firstRender, result.floor.keystroke]) {
      // At least 0, not more: the page's clock has 0.1 ms steps, and a fast machine may do a
      // floor's keystroke within one.
      for (const sample of timing.samples) expect(sample).to.be.a('number').and.at.least(0);
      expect(timing.p50).to.be.at.most(timing.p95);
      expect(timing.p95).to.equal([...timing.samples].sort((a, b) => a - b)[Math.ceil(0.95 * timing.samples.length) - 1]);
    }
    expect(result.coldRender).to.be.greaterThan(0);
    // The floor does the element's work: the typed question is valid and hides the
    // conditional ones on both sides, and every other question still shows its error.
    const definition = syntheticForm(30);
    const conditional = definition.steps[0]!.fields.filter((field) => field.visibleWhen).length;
    const informative = definition.steps[0]!.fields.filter((field) => !field.visibleWhen && (field.kind === 'section' || field.kind === 'note')).length;
    expect(result.questionsShown).to.deep.equal({ element: 30 - conditional, floor: 30 - conditional });
    expect(result.errorsShown).to.deep.equal({ element: 30 - conditional - informative - 1, floor: 30 - conditional - informative - 1 });
    // Nothing is left in the page.
    expect(document.querySelectorAll('gov-dossier-form, plain-form').length).to.equal(0);
  });

  it('gives the floor the same questions as plain data', () => {
    const definition = syntheticForm(26);
    const questions = plainQuestions(definition);
    expect(questions.map((question) => [question.id, question.kind, question.label, question.required])).to.deep.equal(
      definition.steps[0]!.fields.map((field) => [field.id, field.kind, field.label, field.required]),
    );
    expect(questions.find((question) => question.id === 'q9')?.visibleWhen).to.deep.equal({ field: 'q0', filled: false });
  });
});
