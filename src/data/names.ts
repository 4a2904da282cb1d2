/** Folds a name for matching: no diacritics, apostrophes or case; ё as е; punctuation as spaces. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/['’ʼʹ`"]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
