import type { AdministrativeUnit } from '../api/schemas.js';
import { PROVINCES, type ProvinceTuple } from './data/units.js';

export { UNITS_SOURCE } from './data/units.js';

const byCode = new Map<string, ProvinceTuple>(PROVINCES.map((province) => [province[0], province]));

/** The 34 provinces, in the order of the source (north to south). */
export function provinces(): AdministrativeUnit[] {
  return PROVINCES.map(([code, name]) => ({ code, name, level: 'province' as const }));
}

/** Communes of a province, or undefined when the province code is unknown. */
export function communesOf(provinceCode: string): AdministrativeUnit[] | undefined {
  const province = byCode.get(provinceCode);
  if (!province) return undefined;
  return province[2].map(([code, name]) => ({ code, name, level: 'commune' as const, parentCode: provinceCode }));
}

export function provinceName(code: string): string | undefined {
  return byCode.get(code)?.[1];
}

/** True when the commune belongs to the province; address answers are checked with it. */
export function isCommuneOf(provinceCode: string, communeCode: string): boolean {
  return byCode.get(provinceCode)?.[2].some(([code]) => code === communeCode) ?? false;
}

export function communeCount(): number {
  return PROVINCES.reduce((sum, province) => sum + province[2].length, 0);
}
