import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { foldText, isLocale, type Locale, type SkillSuggestion } from '@kafaat/shared';
import { createI18n, resources } from '../../i18n';
import { apiError, createFakeApi, type RecordedRequest, type Routes } from '../../testing/fakeApi';
import { SkillChips } from './SkillChips';
import { SkillPicker, type SkillPickerProps } from './SkillPicker';

const fr = resources.fr.translation;
const ar = resources.ar.translation;
const SUGGEST = 'GET /api/v1/skills/suggest';

/** A skill as GET /skills/suggest returns it (label in French unless the request says otherwise). */
function buildSkillSuggestion(overrides: Partial<SkillSuggestion> & Pick<SkillSuggestion, 'id' | 'labels' | 'sector'>): SkillSuggestion {
  return { label: overrides.labels.fr, score: 1, ...overrides };
}

const welding = buildSkillSuggestion({
  id: 'construction.welding',
  labels: { fr: 'Soudure', en: 'Welding', ar: 'اللحام' },
  sector: 'construction',
});
const tigWelding = buildSkillSuggestion({
  id: 'construction.tig-welding',
  labels: { fr: 'Soudage TIG', en: 'TIG welding', ar: 'اللحام بتقنية TIG' },
  sector: 'construction',
});
const subtitling = buildSkillSuggestion({
  id: 'languages-translation.subtitling',
  labels: { fr: 'Sous-titrage', en: 'Subtitling', ar: 'الترجمة المرئية للأفلام' },
  sector: 'languages-translation',
});
const civilEngineering = buildSkillSuggestion({
  id: 'engineering.civil-engineering',
  labels: { fr: 'Génie civil', en: 'Civil engineering', ar: 'الهندسة المدنية' },
  sector: 'engineering',
});
const TAXONOMY = [welding, tigWelding, subtitling, civilEngineering];

/** Like the server: matches any of the three labels, whatever the case and accents, labels in `lang`. */
function suggest(request: RecordedRequest): Response {
  const q = foldText(request.url.searchParams.get('q') ?? '');
  const lang = request.url.searchParams.get('lang');
  const items = TAXONOMY.filter((skill) => Object.values(skill.labels).some((label) => foldText(label).includes(q))).map((skill) => ({
    ...skill,
    label: skill.labels[isLocale(lang) ? lang : 'fr'],
  }));
  return Response.json({ items });
}

/** Renders `ui` with translations in `locale`, a fresh query cache, and the fake API (suggest answered as above). */
function renderWithApi(ui: ReactNode, { locale = 'fr', routes = {} }: { locale?: Locale; routes?: Routes } = {}) {
  const fake = createFakeApi({ [SUGGEST]: suggest, ...routes });
  vi.stubGlobal('fetch', fake.fetchMock);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>
    </I18nextProvider>,
  );
  return { user, ...fake };
}

function renderPicker(props: Partial<SkillPickerProps> = {}, options?: Parameters<typeof renderWithApi>[1]) {
  const onSelect = vi.fn<(skill: SkillSuggestion) => void>();
  const rendered = renderWithApi(<SkillPicker label="Compétences" onSelect={onSelect} {...props} />, options);
  return { ...rendered, onSelect, input: screen.getByRole('combobox', { name: props.label === undefined ? 'Compétences' : String(props.label) }) };
}

const announcement = () => screen.getByRole('status');

describe('SkillPicker', () => {
  it('lists the skills matching what was typed, with their sector, and says how many there are', async () => {
    const { user, input, sent } = renderPicker();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.type(input, 'sou');

    const listbox = await screen.findByRole('listbox', { name: 'Compétences' });
    const options = within(listbox).getAllByRole('option');
    expect(options.map((option) => option.querySelector('.skill-picker__label')?.textContent)).toEqual(['Soudure', 'Soudage TIG', 'Sous-titrage']);
    expect(options[0]).toHaveTextContent(fr.sectors.construction);
    expect(options[2]).toHaveTextContent(fr.sectors['languages-translation']);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    expect(announcement()).toHaveTextContent(fr.skillPicker.results_other.replace('{{count}}', '3'));
    expect(Object.fromEntries(sent(SUGGEST)[0]?.url.searchParams ?? [])).toEqual({ q: 'sou', lang: 'fr', limit: '8' });
  });

  it('asks the server once per pause in typing, not once per letter', async () => {
    const { user, input, sent } = renderPicker();
    await user.type(input, 'soudure');
    expect(await screen.findByRole('option', { name: /Soudure/ })).toBeInTheDocument();
    expect(sent(SUGGEST).map((request) => request.url.searchParams.get('q'))).toEqual(['soudure']);
  });

  it('abandons the request for an earlier word when the person keeps typing', async () => {
    const { user, input, fetchMock } = renderPicker(
      {},
      { routes: { [SUGGEST]: (request) => (request.url.searchParams.get('q') === 'sou' ? new Promise<Response>(() => {}) : suggest(request)) } },
    );
    await user.type(input, 'sou');
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    await user.type(input, 'd');
    expect(await screen.findByRole('option', { name: /Soudure/ })).toBeInTheDocument();
    expect(fetchMock.mock.calls[0]?.[1]?.signal?.aborted).toBe(true);
  });

  it('picks with the arrow keys and Enter, then empties the input and keeps focus there for the next skill', async () => {
    const { user, input, onSelect } = renderPicker();
    await user.type(input, 'sou');
    await screen.findByRole('listbox');

    await user.keyboard('{ArrowDown}{ArrowDown}');
    const second = screen.getByRole('option', { name: /Soudage TIG/ });
    expect(input).toHaveAttribute('aria-activedescendant', second.id);
    expect(second).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{ArrowUp}'); // Past the first option, round to the last.
    expect(input).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: /Sous-titrage/ }).id);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');

    expect(onSelect).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ id: 'construction.tig-welding' }));
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    expect(announcement()).toHaveTextContent(fr.skillPicker.added.replace('{{label}}', 'Soudage TIG'));
  });

  it('closes the list with Escape and keeps the text; a second Escape clears it', async () => {
    const { user, input } = renderPicker();
    await user.type(input, 'sou');
    await screen.findByRole('listbox');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('sou');

    await user.keyboard('{ArrowDown}');
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{Escape}{Escape}');
    expect(input).toHaveValue('');
  });

  it('picks a skill with a tap or a click, leaving focus in the input', async () => {
    const { user, input, onSelect } = renderPicker();
    await user.type(input, 'genie');
    await user.click(await screen.findByRole('option', { name: /Génie civil/ }));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ id: 'engineering.civil-engineering' }));
    expect(input).toHaveFocus();
    expect(input).toHaveValue('');
  });

  it('says when nothing matches, and suggests another word or another language', async () => {
    const { user, input } = renderPicker();
    await user.type(input, 'zzz');
    expect(await screen.findByText(fr.skillPicker.empty, { selector: '.skill-picker__message' })).toBeVisible();
    expect(announcement()).toHaveTextContent(fr.skillPicker.empty);
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('says it is searching while the answer is on its way', async () => {
    let answer: ((response: Response) => void) | undefined;
    const { user, input } = renderPicker({}, { routes: { [SUGGEST]: () => new Promise<Response>((resolve) => (answer = resolve)) } });
    await user.type(input, 'sou');
    expect(screen.getByText(fr.skillPicker.searching)).toBeVisible();
    await waitFor(() => expect(answer).toBeDefined());
    answer?.(Response.json({ items: [welding] }));
    expect(await screen.findByRole('option', { name: /Soudure/ })).toBeInTheDocument();
    expect(screen.queryByText(fr.skillPicker.searching)).not.toBeInTheDocument();
  });

  it('says when the search failed, and searches again on Retry', async () => {
    let failures = 1;
    const { user, input } = renderPicker(
      {},
      { routes: { [SUGGEST]: (request) => (failures-- > 0 ? apiError(503, 'search_unavailable') : suggest(request)) } },
    );
    await user.type(input, 'sou');
    expect(await screen.findByText(fr.skillPicker.error, { selector: 'p:not([role])' })).toBeVisible();
    expect(announcement()).toHaveTextContent(fr.skillPicker.error);

    await user.click(screen.getByRole('button', { name: fr.common.retry }));
    expect(await screen.findByRole('option', { name: /Soudure/ })).toBeInTheDocument();
    expect(input).toHaveFocus();
  });

  it('shows skills already chosen as "already added", and does not pick them again', async () => {
    const { user, input, onSelect } = renderPicker({ exclude: [welding.id] });
    await user.type(input, 'soud');
    const chosen = await screen.findByRole('option', { name: /Soudure/ });
    expect(chosen).toHaveAttribute('aria-disabled', 'true');
    expect(chosen).toHaveTextContent(fr.skillPicker.alreadyAdded);
    expect(screen.getByRole('option', { name: /Soudage TIG/ })).not.toHaveAttribute('aria-disabled');

    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(chosen);
    expect(onSelect).not.toHaveBeenCalled();
    expect(input).toHaveValue('soud');
  });

  it('in Arabic, lays out right to left and names skills and sectors in Arabic, whatever language was typed', async () => {
    const { user, input, sent } = renderPicker({ label: ar.skillPicker.chosen }, { locale: 'ar' });
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByText(ar.skillPicker.hint)).toBeInTheDocument();

    await user.type(input, 'لحام');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.querySelector('.skill-picker__label')?.textContent)).toEqual(['اللحام', 'اللحام بتقنية TIG']);
    expect(options[0]).toHaveTextContent(ar.sectors.construction);
    expect(announcement()).toHaveTextContent(ar.skillPicker.results_two);
    expect(sent(SUGGEST)[0]?.url.searchParams.get('lang')).toBe('ar');

    await user.clear(input);
    await user.type(input, 'genie');
    expect(await screen.findByRole('option', { name: /الهندسة المدنية/ })).toBeInTheDocument();
  });
});

/** The picker and chips together, as the profile and opportunity editors use them. */
function SkillsEditor() {
  const [skills, setSkills] = useState<SkillSuggestion[]>([]);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <SkillPicker ref={input} label="Compétences" exclude={skills.map((skill) => skill.id)} onSelect={(skill) => setSkills((all) => [...all, skill])} />
      <SkillChips skills={skills} onRemove={(id) => setSkills((all) => all.filter((skill) => skill.id !== id))} focusWhenEmpty={input} />
    </>
  );
}

describe('SkillChips with SkillPicker', () => {
  it('adds several skills in a row, and removes them one by one without losing focus', async () => {
    const { user } = renderWithApi(<SkillsEditor />);
    expect(screen.getByText(fr.skillPicker.noneChosen)).toBeInTheDocument();
    const input = screen.getByRole('combobox', { name: 'Compétences' });

    await user.type(input, 'soudure');
    await screen.findByRole('option', { name: /Soudure/ });
    await user.keyboard('{ArrowDown}{Enter}');
    await user.type(input, 'génie');
    await screen.findByRole('option', { name: /Génie civil/ });
    await user.keyboard('{ArrowDown}{Enter}');

    const chips = screen.getByRole('list', { name: fr.skillPicker.chosen });
    expect(within(chips).getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['Soudure×', 'Génie civil×']);
    expect(input).toHaveFocus();

    await user.click(screen.getByRole('button', { name: fr.skillPicker.remove.replace('{{label}}', 'Soudure') }));
    const remaining = screen.getByRole('button', { name: fr.skillPicker.remove.replace('{{label}}', 'Génie civil') });
    expect(remaining).toHaveFocus();
    await user.click(remaining);
    expect(input).toHaveFocus();
    expect(screen.getByText(fr.skillPicker.noneChosen)).toBeInTheDocument();
  });

  it('names each chip in the interface language when it knows the labels', async () => {
    renderWithApi(<SkillChips skills={[{ id: welding.id, label: 'Soudure', labels: welding.labels }, { id: 'x.y', label: 'Plomberie' }]} onRemove={() => {}} />, {
      locale: 'ar',
    });
    expect(screen.getByRole('button', { name: ar.skillPicker.remove.replace('{{label}}', 'اللحام') })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: ar.skillPicker.remove.replace('{{label}}', 'Plomberie') })).toBeInTheDocument();
  });
});
