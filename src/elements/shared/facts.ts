/**
 * A fact of a description list (a procedure's code and fee, a dossier's agency and dates, a
 * period's figures): the label, our words, set as plain text (no marker and text node per
 * fact: a result list renders a hundred of them on a keystroke), then the value. `kind`: the
 * class of its box, `fact` unless the list styles its facts otherwise (the figures of
 * `<gov-service-stats>`).
 *
 * @internal Part of the elements' kit (docs/contributing.md).
 */
import { html, type TemplateResult } from 'lit';

export function fact(label: string, value: unknown, kind = 'fact'): TemplateResult {
  return html`<div class=${kind}><dt .textContent=${label}></dt><dd>${value}</dd></div>`;
}
