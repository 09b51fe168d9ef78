/**
 * What a person can sign up as, in the order the sign-up page offers it: three kinds of talent, an employer,
 * or one of the kinds of institution. The choice travels in `?as=` so "back" and shared links keep it.
 */
import { INSTITUTION_TYPES, TALENT_KINDS } from '@kafaat/shared';

/** The three kinds of account the API creates at sign-up. */
export type AccountType = 'talent' | 'employer' | 'institution';
/** Which kind of talent (the shared enum's values). */
export type TalentKind = (typeof TALENT_KINDS)[number];
/** Which kind of institution (the shared enum's values). */
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

/** One option of the first step, carrying what the API needs for it. */
export type SignUpChoice =
  | { value: TalentKind; accountType: 'talent'; talentKind: TalentKind }
  | { value: 'employer'; accountType: 'employer' }
  | { value: InstitutionType; accountType: 'institution'; institutionType: InstitutionType };

/** The options in display order, grouped as the page shows them. */
export const CHOICE_GROUPS: readonly { accountType: AccountType; choices: readonly SignUpChoice[] }[] = [
  { accountType: 'talent', choices: TALENT_KINDS.map((talentKind) => ({ value: talentKind, accountType: 'talent', talentKind })) },
  { accountType: 'employer', choices: [{ value: 'employer', accountType: 'employer' }] },
  {
    accountType: 'institution',
    choices: INSTITUTION_TYPES.map((institutionType) => ({ value: institutionType, accountType: 'institution', institutionType })),
  },
];

/** The choice named by `?as=`, if it is one we offer. */
export function choiceOf(value: string | null): SignUpChoice | undefined {
  return CHOICE_GROUPS.flatMap((group) => group.choices).find((choice) => choice.value === value);
}
