/**
 * Surface forms that may never be an alias on their own: function words and
 * the generic words of job ads, which would match everywhere.
 */
export const STOP_ALIASES: ReadonlySet<string> = new Set(
  (
    'a an the and or nor but of to in on at by for with from into as be is are was were it its this that these those ' +
    'we you our your they their he she his her i me my us them will can could would should may might must shall ' +
    'all any some each every no not have has had do does did if then than so such very also more most other ' +
    'work working role roles team teams job jobs experience experienced skill skills ability abilities good excellent ' +
    'strong great new well key level high year years day days time per please apply'
  ).split(' '),
);
