/**
 * Writes a new opportunity or edits one. Everything is on one page, in parts a reader scans in order (kind, text,
 * mission or project details, skills, languages, where and when). "Save the draft" checks the fields with the
 * shared schema first, so most mistakes are explained before anything is sent, and the server's field errors land
 * next to the same fields. Once saved, the draft can be published from here; an organisation that is not verified
 * yet is told so in words it can act on, and keeps its draft.
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateOpportunitySchema, UpdateOpportunitySchema, opportunityMayMove, type Opportunity, type OpportunityType } from '@kafaat/shared';
import { ErrorSummary } from '../../../components/form/ErrorSummary';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { StatusLine } from '../../../components/StatusLine';
import { currentLocale } from '../../../i18n';
import { opportunityEditPath, opportunityPath, paths } from '../../../routes/paths';
import { showPipelineError, usePipelineError } from '../../applications/pipelineErrors';
import { useChangeOpportunityStatus, useSaveOpportunity } from '../opportunitiesApi';
import { bodyOf, emptyDraft, fieldPaths, isDirty, toDraft, type OpportunityDraft } from './draft';
import type { ChangeDraft } from './editorProps';
import { describeOpportunityIssue } from './issueText';
import { LanguagesSection } from './LanguagesSection';
import { MissionSection } from './MissionSection';
import { ProjectSection } from './ProjectSection';
import { SkillsSection } from './SkillsSection';
import { TextSection } from './TextSection';
import { TypeChooser } from './TypeChooser';
import { WhereWhenSection } from './WhereWhenSection';

/** Navigation state the opportunity page and the editor read to confirm what just happened. */
export type OpportunityNoticeState = { opportunityNotice: 'created' | 'published' };

/** The notice passed in the navigation state, if any. */
export function noticeOf(state: unknown): OpportunityNoticeState['opportunityNotice'] | undefined {
  const notice = (state as Partial<OpportunityNoticeState> | null)?.opportunityNotice;
  return notice === 'created' || notice === 'published' ? notice : undefined;
}

type EditorProps = {
  /** The opportunity to edit; absent for a new one. */
  opportunity?: Opportunity;
  /** Kinds this organisation may create (new opportunities only). */
  types?: readonly OpportunityType[];
};

export function OpportunityEditor({ opportunity, types = [] }: EditorProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const locale = currentLocale(i18n);
  const [state, setState] = useState(() => {
    const base = opportunity ? toDraft(opportunity, locale) : { ...emptyDraft(locale), type: types.length === 1 ? types[0]! : ('' as const) };
    return { base, draft: base };
  });
  const { base, draft } = state;
  const dirty = isDirty(draft, base);
  const pathsKey = fieldPaths(draft).join(' ');
  const fieldList = useMemo(() => pathsKey.split(' '), [pathsKey]);
  const form = useFormErrors(fieldList, describeOpportunityIssue);
  const describe = usePipelineError();
  const save = useSaveOpportunity();
  const changeStatus = useChangeOpportunityStatus();
  const [message, setMessage] = useState<string | null>(() => (noticeOf(location.state) === 'created' ? t('opportunities.editor.created') : null));
  const busy = save.isPending || changeStatus.isPending;

  const change: ChangeDraft = useCallback((key, value) => {
    setMessage(null);
    setState((previous) => {
      const next = typeof value === 'function' ? (value as (current: OpportunityDraft[typeof key]) => OpportunityDraft[typeof key])(previous.draft[key]) : value;
      return { ...previous, draft: { ...previous.draft, [key]: next } };
    });
  }, []);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault(); // The browser asks before closing the tab.
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** The body to send, or null after showing what to fix. */
  function validBody(): Record<string, unknown> | null {
    const body = bodyOf(draft, !opportunity);
    const parsed = opportunity ? UpdateOpportunitySchema.safeParse(body) : CreateOpportunitySchema.safeParse(body);
    if (!parsed.success) {
      form.showZodError(parsed.error);
      return null;
    }
    return parsed.data as Record<string, unknown>;
  }

  /** Saves when something changed (or it was never saved), then runs `then` with the saved opportunity. */
  function saveThen(then: (saved: Opportunity) => void) {
    if (opportunity && !dirty) {
      form.clear();
      return then(opportunity);
    }
    const body = validBody();
    if (!body) return;
    form.clear();
    save.mutate(
      { id: opportunity?.id, body },
      {
        onSuccess: (saved) => {
          const next = toDraft(saved, locale);
          setState({ base: next, draft: next });
          then(saved);
        },
        onError: (error) => showPipelineError(form, error, describe, 'status'),
      },
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    saveThen((saved) => {
      if (!opportunity) {
        const state: OpportunityNoticeState = { opportunityNotice: 'created' };
        void navigate(opportunityEditPath(saved.id), { replace: true, state });
        return;
      }
      setMessage(t('opportunities.editor.saved'));
    });
  }

  function publish() {
    saveThen((saved) => {
      changeStatus.mutate(
        { id: saved.id, status: 'published' },
        {
          onSuccess: (published) => {
            const state: OpportunityNoticeState = { opportunityNotice: 'published' };
            void navigate(opportunityPath(published.id), { state });
          },
          onError: (error) => showPipelineError(form, error, describe, 'publish'),
        },
      );
    });
  }

  const canPublish = opportunity !== undefined && opportunityMayMove(opportunity.type, opportunity.status, 'published');
  const sectionProps = { draft, change, form };
  return (
    <form noValidate className="opportunity-editor" onSubmit={onSubmit}>
      <ErrorSummary form={form} />
      <StatusLine message={message} />
      {opportunity ? (
        <p className="page__meta">
          {t('opportunities.editor.kindIs', { type: t(`opportunities.types.${opportunity.type}.title`) })} ·{' '}
          {t('opportunities.view.statusIs', { status: t(`opportunities.statuses.${opportunity.status}`) })}
        </p>
      ) : (
        <TypeChooser {...sectionProps} types={types} />
      )}
      <TextSection {...sectionProps} />
      {draft.type === 'mission' ? <MissionSection {...sectionProps} /> : null}
      {draft.type === 'project' ? <ProjectSection {...sectionProps} /> : null}
      <SkillsSection {...sectionProps} />
      <LanguagesSection {...sectionProps} />
      <WhereWhenSection {...sectionProps} />
      <p className="field__hint" role="status">
        {busy ? t('common.saving') : dirty ? t('opportunities.editor.unsaved') : ''}
      </p>
      <div className="actions opportunity-editor__actions">
        <button type="submit" className={canPublish ? 'button button--secondary' : 'button'} disabled={busy}>
          {opportunity && opportunity.status !== 'draft' ? t('opportunities.editor.saveChanges') : t('opportunities.editor.saveDraft')}
        </button>
        {canPublish ? (
          <button type="button" className="button" onClick={publish} disabled={busy}>
            {t('opportunities.editor.publish')}
          </button>
        ) : null}
        <Link to={opportunity ? opportunityPath(opportunity.id) : paths.organisationOpportunities}>{t('common.cancel')}</Link>
      </div>
      {canPublish ? <p className="field__hint">{t('opportunities.editor.publishHint')}</p> : null}
    </form>
  );
}
