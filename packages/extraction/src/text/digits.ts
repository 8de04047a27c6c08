/** Full-width (１７) and Arabic-Indic (١٧) digits to ASCII ones, as reports and citations print them. */
export function toAsciiDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[٠-٩]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0x0660 + 0x30));
}
