/** Message language: Chinese for the office staff, English for everyone else. */
export type Lang = "zh" | "en";

/** LC_ALL, then LC_MESSAGES, then LANG (POSIX order); zh_* → Chinese. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(locale) ? "zh" : "en";
}

/** One language's side of a message table `{ key: { en, zh } }` (typed as the English side). */
export function inLang<T extends Record<string, Record<Lang, unknown>>>(table: T, lang: Lang): { [K in keyof T]: T[K]["en"] } {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[lang]])) as { [K in keyof T]: T[K]["en"] };
}
