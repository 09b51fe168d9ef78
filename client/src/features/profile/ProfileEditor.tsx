/**
 * The step-by-step profile editor. Each step saves its own sections when the talent moves on (PATCH of those
 * sections only), so a dropped connection or a closed tab loses one step at most; input is kept on error, with
 * the server's field errors next to the fields. The step lives in the address (?step=skills), so the back
 * button, bookmarks and the completeness card's links all work, and focus moves to the step's heading.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useBlocker, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ProfilePatchSchema, type OwnProfile } from '@kafaat/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { useFormErrors } from '../../components/form/useFormErrors';
import { paths } from '../../routes/paths';
import { DocumentsStep } from '../documents/DocumentsStep';
import { patchFor, useProfileDraft } from './draft';
import { fieldPaths } from './fieldPaths';
import { describeProfileIssue } from './issueText';
import { LeaveNotice } from './LeaveNotice';
import { useSaveProfile } from './profileApi';
import { StepProgress } from './StepProgress';
import { STEPS, STEP_SECTIONS, stepFromParam, type StepId } from './steps';
import type { StepProps } from './stepProps';
import { AboutStep } from './steps/AboutStep';
import { EngagementStep } from './steps/EngagementStep';
import { ExperienceStep } from './steps/ExperienceStep';
import { LanguagesStep } from './steps/LanguagesStep';
import { PrivacyStep } from './steps/PrivacyStep';
import { SkillsStep } from './steps/SkillsStep';

const STEP_COMPONENTS: Record<Exclude<StepId, 'documents'>, (props: StepProps) => ReactNode> = {
  about: AboutStep,
  skills: SkillsStep,
  languages: LanguagesStep,
  experience: ExperienceStep,
  engagement: EngagementStep,
  privacy: PrivacyStep,
};

/** Navigation state the profile page reads to confirm the last step was saved. */
export type ProfileSavedState = { profileSaved: true };

/** The editor around the step in the address: progress, the step's fields, its errors and the way on. */
export function ProfileEditor({ profile }: { profile: OwnProfile }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const step = stepFromParam(params.get('step'));
  const index = STEPS.indexOf(step);
  const isLast = index === STEPS.length - 1;
  const { draft, change, accept, unsavedSteps } = useProfileDraft(profile);
  const save = useSaveProfile();
  const pathsKey = fieldPaths(step, draft).join(' ');
  const fieldList = useMemo(() => (pathsKey === '' ? [] : pathsKey.split(' ')), [pathsKey]);
  const form = useFormErrors(fieldList, describeProfileIssue);
  const { clear } = form;
  const [justSaved, setJustSaved] = useState<StepId | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const shownStep = useRef(step);

  // Read by the blocker at the moment of navigating, which may come before the next render (right after a save).
  const unsaved = useRef(unsavedSteps);
  unsaved.current = unsavedSteps;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => unsaved.current.length > 0 && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (shownStep.current === step) return; // Not on the first load: the skip link stays the first stop.
    shownStep.current = step;
    clear(); // Errors belong to the step they were found on.
    heading.current?.focus();
  }, [step, clear]);

  useEffect(() => {
    if (unsavedSteps.length === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault(); // The browser asks before closing the tab.
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsavedSteps.length]);

  function goTo(target: StepId) {
    const next = new URLSearchParams(params);
    next.set('step', target);
    setParams(next);
  }

  function finish() {
    const state: ProfileSavedState = { profileSaved: true };
    void navigate(paths.profile, { state });
  }

  /** Saves this step's sections when they changed (or the profile was never saved), then runs `then`. */
  function saveThen(then: () => void) {
    const sections = STEP_SECTIONS[step];
    if (sections.length === 0 || (profile.saved && !unsavedSteps.includes(step))) {
      clear();
      setJustSaved(null); // Nothing new was saved: say "all saved" rather than repeat an older step's name.
      then();
      return;
    }
    const parsed = ProfilePatchSchema.safeParse(patchFor(draft, sections));
    if (!parsed.success) return form.showZodError(parsed.error);
    clear();
    save.mutate(parsed.data, {
      onSuccess: (saved) => {
        accept(saved, sections);
        unsaved.current = unsaved.current.filter((candidate) => candidate !== step);
        setJustSaved(step);
        then();
      },
      onError: (error) => form.showError(error),
    });
  }

  const forward = () => saveThen(() => (isLast ? finish() : goTo(STEPS[index + 1] ?? step)));
  const back = () => saveThen(() => goTo(STEPS[index - 1] ?? step));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    forward();
  }

  let status = '';
  if (save.isPending) status = t('profile.editor.saving');
  else if (unsavedSteps.includes(step)) status = t('profile.editor.unsaved');
  else if (justSaved) status = t('profile.editor.saved', { step: t(`profile.steps.${justSaved}`) });
  else if (profile.saved && unsavedSteps.length === 0) status = t('profile.editor.allSaved');

  const StepFields = step === 'documents' ? null : STEP_COMPONENTS[step];
  const nextLabel = isLast ? t('profile.editor.finish') : StepFields ? t('profile.editor.next') : t('profile.editor.continue');
  const body = (
    <>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="profile-editor__heading">
        {t(`profile.steps.${step}`)}
      </h2>
      <p className="profile-editor__intro">{t(`profile.intro.${step}`)}</p>
      <ErrorSummary form={form} />
      {StepFields ? <StepFields draft={draft} change={change} form={form} /> : <DocumentsStep />}
      <div className="actions profile-editor__nav">
        {index > 0 ? (
          <button type="button" className="button button--secondary" onClick={back} disabled={save.isPending}>
            <span className="arrow arrow--back" aria-hidden="true" />
            {t('profile.editor.previous')}
          </button>
        ) : null}
        <button type={StepFields ? 'submit' : 'button'} onClick={StepFields ? undefined : forward} className="button" disabled={save.isPending}>
          {nextLabel}
          <span className="arrow arrow--forward" aria-hidden="true" />
        </button>
      </div>
    </>
  );

  return (
    <div className="profile-editor">
      {blocker.state === 'blocked' ? (
        <LeaveNotice steps={unsavedSteps} onStay={() => blocker.reset()} onLeave={() => blocker.proceed()} />
      ) : null}
      <StepProgress current={step} unsaved={unsavedSteps} />
      <p role="status" className="profile-editor__status">
        {status}
      </p>
      <section aria-labelledby={headingId} className="panel profile-editor__step">
        {StepFields ? (
          // The documents step saves through its own endpoints (upload, suggestions): it has nothing to submit here.
          <form noValidate className="form" onSubmit={onSubmit}>
            {body}
          </form>
        ) : (
          <div className="form">{body}</div>
        )}
      </section>
    </div>
  );
}
