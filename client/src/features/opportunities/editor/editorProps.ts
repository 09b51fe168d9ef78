import type { FormErrorsApi } from '../../../components/form/useFormErrors';
import type { OpportunityDraft } from './draft';

/** Replaces one field of the draft, with a value or a function of the current one. */
export type ChangeDraft = <K extends keyof OpportunityDraft>(key: K, value: OpportunityDraft[K] | ((current: OpportunityDraft[K]) => OpportunityDraft[K])) => void;

/** What every section of the editor receives. */
export type SectionProps = { draft: OpportunityDraft; change: ChangeDraft; form: FormErrorsApi };
