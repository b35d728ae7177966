/**
 * Phone numbers are stored once, as canonical digits ("22331160", "116111", "02800"); the display
 * form and the tel: address are derived here so they can never disagree.
 */


/**
 * The guide's printed form: 8 digits as "22 33 11 60", except numbers starting with 4 or 8 as
 * "466 15 000" / "800 40 008" (as the guide prints them); 6-digit harmonised numbers as "116 111";
 * 3- and 5-digit short numbers unbroken (112, 02800).
 */
export function phoneDisplay(digits: string): string {
  if (digits.length === 8) {
    if (digits.startsWith('4') || digits.startsWith('8')) {
      return `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
    }
    return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
  }
  if (digits.length === 6) return `${digits.slice(0, 3)} ${digits.slice(3)}`;
  return digits;
}

/** tel: address: E.164 (+47) for 8-digit numbers, the bare number for short numbers. */
export function phoneHref(digits: string): string {
  return digits.length === 8 ? `tel:+47${digits}` : `tel:${digits}`;
}
