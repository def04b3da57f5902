/**
 * Vietnamese words of the address combobox (combobox.ts), which come with it. English has them
 * in the element's one English pack.
 */
export const comboboxVi = {
  'form.combobox.results.one': '{count} kết quả',
  'form.combobox.results.other': '{count} kết quả',
  'form.combobox.none': 'Không có kết quả phù hợp. Hãy gõ tên khác, có dấu hay không dấu đều được.',
} as const;

export type ComboboxMessageKey = keyof typeof comboboxVi;
