/**
 * Languages whose scripts are written right to left (primary BCP 47 subtag): Arabic, Persian (Farsi), Dari, Pashto,
 * Urdu, Hebrew, Yiddish, Sindhi, Kurdish (Sorani, ckb), Uyghur, Dhivehi. Source: Unicode CLDR "characterOrder"
 * (right-to-left) for these locales.
 */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'prs', 'ps', 'ur', 'he', 'iw', 'yi', 'sd', 'ckb', 'ug', 'dv']);

/** Scripts written right to left (ISO 15924 codes), for tags that name a script (e.g. "az-Arab"). */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm']);

/**
 * Suggests a base text direction for a BCP 47 language tag: "rtl" for Persian, Arabic, Hebrew and the other
 * languages and scripts above, otherwise "ltr". The tag is not validated here (the deck schema does that).
 */
export function suggestedDirection(languageTag: string): 'ltr' | 'rtl' {
  const subtags = languageTag.trim().toLowerCase().split(/[-_]/);
  const script = subtags.find((s) => s.length === 4);
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(subtags[0] ?? '') ? 'rtl' : 'ltr';
}

/** A short list of languages offered in the deck settings (any valid BCP 47 tag may also be typed). */
export const COMMON_LANGUAGES: readonly { tag: string; name: string }[] = [
  { tag: 'en', name: 'English' },
  { tag: 'tr', name: 'Turkish (Türkçe)' },
  { tag: 'fa', name: 'Persian (فارسی)' },
  { tag: 'ar', name: 'Arabic (العربية)' },
  { tag: 'he', name: 'Hebrew (עברית)' },
  { tag: 'fr', name: 'French (Français)' },
  { tag: 'de', name: 'German (Deutsch)' },
  { tag: 'ru', name: 'Russian (Русский)' },
];
