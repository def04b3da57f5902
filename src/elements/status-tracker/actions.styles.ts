import { css } from '../../theme/css.js';

/**
 * Styles of the tracker's actions part (`actions.ts`): the supplement's files, the payment
 * requests, the withdrawal request and the rating. They join the element's styles when the part
 * arrives, before any of these shows.
 */
export const actionsStyles = css`
  .supplement,
  .withdrawal,
  .payments,
  .payment-request,
  .rating,
  .rating-form {
    display: grid;
    gap: var(--_gov-space-4);
  }
  .upload-status,
  .file-size,
  .fee-unit {
    font-size: var(--_gov-font-size-small);
  }
  .upload-status.failed,
  .upload-status.rejected {
    color: var(--_gov-color-danger);
  }
  .upload-status.done {
    color: var(--_gov-color-success);
  }
  input[type='file'] {
    max-width: 100%;
    min-height: var(--_gov-control-min-height);
  }
  /* The file chosen for a requested document: name, size and state, progress, actions. */
  .file {
    display: grid;
    gap: var(--_gov-space-1);
    padding: var(--_gov-space-2) var(--_gov-space-3);
    border: 1px solid var(--_gov-color-border);
    border-radius: var(--_gov-radius);
  }
  .file-name {
    font-weight: var(--_gov-font-weight-bold);
  }
  .upload-status {
    display: block;
  }
  .upload-status.waiting {
    color: var(--_gov-color-warning);
  }
  .file progress {
    width: 100%;
    height: 0.75em;
    accent-color: var(--_gov-color-primary);
  }
  .file-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gov-space-3);
  }
  .file-actions:empty {
    display: none;
  }

  .button-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gov-space-3);
  }
  .payment-request + .payment-request {
    padding-block-start: var(--_gov-space-4);
    border-block-start: 1px solid var(--_gov-color-border);
  }
  .payment-state {
    font-weight: var(--_gov-font-weight-bold);
  }
  .payment-state.paid {
    color: var(--_gov-color-success);
  }
  .fee-items {
    display: grid;
    gap: var(--_gov-space-2);
    padding: 0;
    list-style: none;
  }
  .fee-item {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_gov-space-3);
  }
  .fee-name {
    flex: 1 1 12em;
  }
  .fee-amount {
    font-weight: var(--_gov-font-weight-bold);
    font-variant-numeric: tabular-nums;
  }

  /* The rating: each level a 44 px target, its label beside the radio button. */
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_gov-space-2);
    min-height: var(--_gov-control-min-height);
  }
  .choice input {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_gov-color-primary);
  }
  .choice label {
    font-weight: 400;
  }
  .indices summary {
    min-height: var(--_gov-control-min-height);
    cursor: pointer;
    color: var(--_gov-color-primary);
  }
`;
