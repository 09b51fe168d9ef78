import type { FormErrorsApi } from '../../components/form/useFormErrors';
import type { ChangeSection, ProfileDraft } from './draft';

/** What every editor step receives from the editor: the draft, a way to change it, and the step's errors. */
export type StepProps = {
  draft: ProfileDraft;
  change: ChangeSection;
  form: FormErrorsApi;
};
