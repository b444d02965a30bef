/** Message language: Chinese for the office staff, English for everyone else. */
export type Lang = "zh" | "en";

/** LC_ALL, then LC_MESSAGES, then LANG (POSIX order); zh_* → Chinese. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(locale) ? "zh" : "en";
}
