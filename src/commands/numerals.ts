/** Chinese ordinal numerals for generated outlines: 1 -> 一, 12 -> 十二. */
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${DIGITS[n - 10]}`;
  return `${DIGITS[Math.floor(n / 10)]}十${DIGITS[n % 10]}`;
}
