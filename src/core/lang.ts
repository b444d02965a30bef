/** Message language: Chinese for the office staff, English for everyone else. */
export type Lang = "zh" | "en";

/** A locale name (zh_CN.UTF-8, zh-Hans-CN, en-US) → its language; zh* is Chinese. */
export function langFromLocale(locale: string): Lang {
  return /^zh/i.test(locale) ? "zh" : "en";
}

/** LC_ALL, then LC_MESSAGES, then LANG (POSIX order); undefined when none is set (Windows). */
export function langFromEnvIfSet(env: Record<string, string | undefined>): Lang | undefined {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return locale ? langFromLocale(locale) : undefined;
}

/** As langFromEnvIfSet, English when none is set. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  return langFromEnvIfSet(env) ?? "en";
}

/** One language's side of a message table `{ key: { en, zh } }` (typed as the English side). */
export function inLang<T extends Record<string, Record<Lang, unknown>>>(table: T, lang: Lang): { [K in keyof T]: T[K]["en"] } {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[lang]])) as { [K in keyof T]: T[K]["en"] };
}
