/**
 * A public employer's job bulletin (the form NEOGOV and many councils and
 * counties print, and a copy keeps) opens with the employer, then "invites
 * applications for the position of:", then the title: "TARROW COUNTY, SOUTH
 * CAROLINA" / "invites applications for the position of:" / "Civil Engineer
 * II". The employer may open the invitation's line itself.
 */

// The invitation, alone or after the employer's name on its line; bounded: linear.
const INVITES = /^(?:(\S[^\n]{1,80}?) )?(?:invites|is (?:now )?accepting|accepts) applications for (?:the )?(?:position|post|role|job)(?: title)? of:?$/i;

/**
 * Whether `line` is a bulletin's invitation over its title, and the employer's
 * name it opens with ('' when the employer is the line over it), or null.
 */
export function bulletinInvitation(line: string): { employer: string } | null {
  const m = INVITES.exec(line.trim());
  return m ? { employer: m[1] ?? '' } : null;
}
