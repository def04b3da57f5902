// Vietnamese phone numbers, as applicants type them and as they are written (format.ts
// re-exports both functions).

/**
 * Digits of a Vietnamese phone number in national form (leading 0), or null when
 * it is not one: mobiles have 10 digits (03, 05, 07, 08, 09), landlines 11 (02x).
 * Accepts +84 / 84 prefixes, spaces, dots and dashes.
 */
export function normalizeVietnamesePhone(input: string): string | null {
  let digits = input.replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('84') && digits.length >= 11) digits = `0${digits.slice(2)}`;
  if (/^0[35789]\d{8}$/.test(digits)) return digits;
  if (/^02\d{9}$/.test(digits)) return digits;
  return null;
}

/** `0912 345 678`, `024 3826 1234`; anything else is returned as typed. */
export function formatPhone(input: string): string {
  const digits = normalizeVietnamesePhone(input);
  if (digits === null) return input;
  if (digits.length === 10) return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
}

