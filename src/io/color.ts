/**
 * Whether stylish output is coloured, by the conventions other tools follow: FORCE_COLOR set to
 * anything but 0/false forces colour on (a CI log that renders it), FORCE_COLOR=0 or false turns it
 * off, and NO_COLOR (no-color.org) turns it off; otherwise a terminal gets colour and a pipe none.
 * `--color` / `--no-color` still win over all of these.
 */
export function wantsColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR) return false;
  return isTTY;
}
