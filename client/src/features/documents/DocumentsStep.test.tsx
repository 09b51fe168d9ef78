import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { DocumentInfo, DocumentList, Locale } from '@kafaat/shared';
import { createI18n, resources } from '../../i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { apiError, buildMe, buildSession, createFakeApi, type Routes } from '../../testing/fakeApi';
import { DocumentsStep } from './DocumentsStep';
import { buildDocument, buildDocumentList, buildSuggestion } from './factories';
import { FakeXhr } from './fakeXhr';
import { createFileSizeFormatter } from './fileSize';
import { isolate } from './isolate';

const fr = resources.fr.translation.documents;
const ar = resources.ar.translation.documents;
const LIST = 'GET /api/v1/me/documents';
const MB = 1024 * 1024;

const welding = buildSuggestion();
const tiling = buildSuggestion({ skillId: 'construction.tiling', labels: { fr: 'Carrelage', en: 'Tiling', ar: 'التبليط' }, matched: 'carreleur' });

/** Renders the step alone, signed in, with the fake API (`list` answered at GET /me/documents) and a fake XHR. */
function renderStep({ locale = 'fr', list = buildDocumentList(), routes = {} }: { locale?: Locale; list?: DocumentList | (() => DocumentList); routes?: Routes } = {}) {
  const fake = createFakeApi({
    'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe())),
    [LIST]: () => Response.json(typeof list === 'function' ? list() : list),
    ...routes,
  });
  vi.stubGlobal('fetch', fake.fetchMock);
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  const i18n = createI18n(locale);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <DocumentsStep />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { user, sent: fake.sent, t: i18n.t };
}

function pdf(name = 'CV Amina.pdf', size?: number): File {
  const file = new File(['%PDF-1.7 soudure, carreleur'], name, { type: 'application/pdf' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
}

const fileSize = createFileSizeFormatter(INTL_LOCALES.fr);

/** Text as Testing Library compares it: Intl's no-break spaces become plain ones. */
const spaced = (text: string) => text.replace(/\s+/g, ' ');

/** A control's name: its visible words, then the document's name (read by screen readers only). */
const named = (action: string, name: string) => new RegExp(`^${action}\\s*\\(${name.replace('.', '\\.')}\\)$`);

beforeEach(() => FakeXhr.reset());

describe('documents step', () => {
  it('explains, when there is nothing yet, that a CV brings skill suggestions', async () => {
    renderStep();
    expect(await screen.findByText(fr.list.empty)).toBeInTheDocument();
    expect(screen.getByText(fr.list.emptyWhy)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: fr.upload.kind })).toHaveValue('cv');
    expect(screen.getByRole('checkbox', { name: fr.upload.shared })).not.toBeChecked();
  });

  it('refuses a file over the limit before sending a byte, saying the size and the limit in MB', async () => {
    const { user } = renderStep();
    await user.upload(await screen.findByLabelText(fr.upload.file), pdf('scan.pdf', 12 * MB));
    await user.click(screen.getByRole('button', { name: fr.upload.submit }));

    const message = fr.errors.tooLarge.replace('{{size}}', fileSize(12 * MB)).replace('{{max}}', fileSize(10 * MB));
    expect(fileSize(10 * MB)).toMatch(/^10\sMo$/);
    expect(screen.getByLabelText(fr.upload.file)).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(FakeXhr.sent).toHaveLength(0);
  });

  it('refuses a file that would go over the space left, and says what to delete', async () => {
    const full = buildDocumentList([buildDocument({ size: 49 * MB })]);
    const { user } = renderStep({ list: full });
    await user.upload(await screen.findByLabelText(fr.upload.file), pdf('diplome.pdf', 2 * MB));
    await user.click(screen.getByRole('button', { name: fr.upload.submit }));
    expect(await screen.findByRole('alert')).toHaveTextContent(fr.errors.quota.split('{{used}}')[0] ?? '');
    expect(FakeXhr.sent).toHaveLength(0);
  });

  it("shows the server's refusal of a file type in French, listing the accepted formats, next to the file", async () => {
    FakeXhr.autoRespond = (xhr) => xhr.respond(415, { error: { code: 'unsupported_file_type', message: 'Unsupported file type' } });
    const { user } = renderStep();
    await user.upload(await screen.findByLabelText(fr.upload.file), pdf('CV.pdf'));
    await user.click(screen.getByRole('button', { name: fr.upload.submit }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Ce type de fichier n’est pas accepté');
    expect(screen.getByLabelText(fr.upload.file)).toHaveAccessibleDescription(expect.stringContaining('Envoyez un fichier PDF, Word (.docx), PNG ou JPEG'));
    expect(FakeXhr.last().headers.get('X-CSRF-Token')).toBe('csrf-token-1');
  });

  it('shows the upload moving with a labelled bar and percentage, and stops it on cancel', async () => {
    const { user, t } = renderStep();
    await user.upload(await screen.findByLabelText(fr.upload.file), pdf('CV Amina.pdf', 2 * MB));
    await user.click(screen.getByRole('button', { name: fr.upload.submit }));

    const bar = screen.getByRole('progressbar', { name: t('documents.upload.progressLabel', { name: isolate('CV Amina.pdf') }) });
    act(() => FakeXhr.last().progress(MB / 2, 2 * MB));
    expect(bar).toHaveAttribute('value', String(MB / 2));
    const percent = new Intl.NumberFormat(INTL_LOCALES.fr, { style: 'percent' }).format(0.25);
    expect(screen.getByText(spaced(t('documents.upload.progressAmount', { percent, sent: fileSize(MB / 2), total: fileSize(2 * MB) })))).toBeInTheDocument();
    const cancel = screen.getByRole('button', { name: fr.upload.cancel });
    expect(cancel).toHaveFocus();

    await user.click(cancel);
    expect(FakeXhr.last().aborted).toBe(true);
    expect(await screen.findByText(fr.upload.cancelled)).toHaveFocus();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('after a CV is uploaded, lists the skills found; nothing is added until Add, which sends the chosen level', async () => {
    let items: DocumentInfo[] = [];
    const uploaded = buildDocument({ suggestions: [welding, tiling] });
    const decided = (skillId: string, status: 'accepted' | 'dismissed') => {
      const document = items[0] ?? uploaded;
      items = [{ ...document, suggestions: document.suggestions.map((s) => (s.skillId === skillId ? { ...s, status } : s)) }];
      return Response.json(items[0]);
    };
    const suggestionPath = (skillId: string) => `POST /api/v1/me/documents/${uploaded.id}/suggestions/${skillId}`;
    FakeXhr.autoRespond = (xhr) => {
      items = [uploaded];
      xhr.respond(201, uploaded);
    };
    const { user, sent, t } = renderStep({
      list: () => buildDocumentList(items),
      routes: {
        [suggestionPath(welding.skillId)]: () => decided(welding.skillId, 'accepted'),
        [suggestionPath(tiling.skillId)]: () => decided(tiling.skillId, 'dismissed'),
      },
    });
    await user.upload(await screen.findByLabelText(fr.upload.file), pdf());
    await user.click(screen.getByRole('button', { name: fr.upload.submit }));
    expect(await screen.findByText(t('documents.upload.doneSuggestions', { name: isolate('CV Amina.pdf') }))).toHaveFocus();

    const panel = screen.getByRole('region', { name: fr.suggestions.title });
    expect(within(panel).getByText('Soudure')).toBeInTheDocument();
    expect(within(panel).getByText('carreleur')).toBeInTheDocument();
    expect(sent(suggestionPath(welding.skillId))).toHaveLength(0);

    const level = within(panel).getByRole('combobox', { name: `${fr.suggestions.level} Soudure` });
    expect(level).toHaveValue('2');
    await user.selectOptions(level, '3');
    await user.click(within(panel).getByRole('button', { name: t('documents.suggestions.acceptNamed', { skill: isolate('Soudure') }) }));

    expect(await within(panel).findByText(t('documents.suggestions.accepted', { skill: isolate('Soudure'), level: fr.levels[3] }))).toBeInTheDocument();
    expect(sent(suggestionPath(welding.skillId))[0]?.body).toEqual({ decision: 'accept', level: 3 });
    expect(within(panel).queryByText('Soudure')).not.toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: t('documents.suggestions.acceptNamed', { skill: isolate('Carrelage') }) })).toHaveFocus();

    await user.click(within(panel).getByRole('button', { name: t('documents.suggestions.dismissNamed', { skill: isolate('Carrelage') }) }));
    expect(await within(panel).findByText(fr.suggestions.allDone)).toHaveFocus();
    expect(sent(suggestionPath(tiling.skillId))[0]?.body).toEqual({ decision: 'dismiss' });
    expect(within(panel).getByRole('status')).toHaveTextContent(t('documents.suggestions.dismissed', { skill: isolate('Carrelage') }));
  });

  it('shares a document with a tick, and deletes it only after confirming', async () => {
    let items = [buildDocument({ kind: 'certificate', name: 'Diplôme BTP.pdf' })];
    const { user, sent, t } = renderStep({
      list: () => buildDocumentList(items),
      routes: {
        [`PATCH /api/v1/me/documents/${items[0]?.id}`]: ({ body }) => Response.json({ ...items[0], ...(body as object) }),
        [`DELETE /api/v1/me/documents/${items[0]?.id}`]: () => {
          items = [];
          return new Response(null, { status: 204 });
        },
      },
    });
    const list = await screen.findByRole('region', { name: fr.list.title });
    expect(within(list).getByRole('link', { name: named(fr.list.download, 'Diplôme BTP.pdf') })).toHaveAttribute('href', `/api/v1/documents/${items[0]?.id}/file`);
    expect(within(list).getByText(fr.list.private)).toBeInTheDocument();

    await user.click(within(list).getByRole('checkbox', { name: named(fr.upload.shared, 'Diplôme BTP.pdf') }));
    expect(await within(list).findByText(fr.list.shared)).toBeInTheDocument();
    expect(sent(`PATCH /api/v1/me/documents/${items[0]?.id}`)[0]?.body).toEqual({ shared: true });

    await user.click(within(list).getByRole('button', { name: named(fr.list.delete, 'Diplôme BTP.pdf') }));
    expect(screen.getByText(t('documents.list.confirm', { name: isolate('Diplôme BTP.pdf') }))).toHaveFocus();
    expect(sent(`DELETE /api/v1/me/documents/${items[0]?.id}`)).toHaveLength(0);
    await user.click(within(list).getByRole('button', { name: fr.list.confirmYes }));
    expect(await within(list).findByText(t('documents.list.deleted', { name: isolate('Diplôme BTP.pdf') }))).toBeInTheDocument();
    expect(within(list).getByRole('heading', { name: fr.list.title })).toHaveFocus();
    expect(await within(list).findByText(fr.list.empty)).toBeInTheDocument();
  });

  it('adds every listed skill with the level chosen for each when asked to add all', async () => {
    let cv = buildDocument({ suggestions: [welding, tiling] });
    const accept = (skillId: string) => () => {
      cv = { ...cv, suggestions: cv.suggestions.map((s) => (s.skillId === skillId ? { ...s, status: 'accepted' as const } : s)) };
      return Response.json(cv);
    };
    const path = (skillId: string) => `POST /api/v1/me/documents/${cv.id}/suggestions/${skillId}`;
    const { user, sent, t } = renderStep({
      list: () => buildDocumentList([cv]),
      routes: { [path(welding.skillId)]: accept(welding.skillId), [path(tiling.skillId)]: accept(tiling.skillId) },
    });
    await user.selectOptions(await screen.findByRole('combobox', { name: `${fr.suggestions.level} Carrelage` }), '4');
    await user.click(screen.getByRole('button', { name: fr.suggestions.acceptAll }));

    expect(await screen.findByText(fr.suggestions.allDone)).toHaveFocus();
    expect(sent(path(welding.skillId))[0]?.body).toEqual({ decision: 'accept', level: 2 });
    expect(sent(path(tiling.skillId))[0]?.body).toEqual({ decision: 'accept', level: 4 });
    expect(screen.getByText(t('documents.suggestions.acceptedAll', { count: 2 }))).toBeInTheDocument();
  });

  it('shows an error the server gave when a decision fails, and keeps the skill to decide', async () => {
    const cv = buildDocument({ suggestions: [welding] });
    const { user, t } = renderStep({
      list: buildDocumentList([cv]),
      routes: { [`POST /api/v1/me/documents/${cv.id}/suggestions/${welding.skillId}`]: () => apiError(429, 'too_many_requests', 'slow', undefined, { 'Retry-After': '120' }) },
    });
    await user.click(await screen.findByRole('button', { name: t('documents.suggestions.acceptNamed', { skill: isolate('Soudure') }) }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/2 minutes/);
    expect(screen.getByText('Soudure')).toBeInTheDocument();
  });

  it('is laid out right to left in Arabic, with skills, sizes and the progress in Arabic', async () => {
    const cv = buildDocument({ suggestions: [welding] });
    const { user, t } = renderStep({ locale: 'ar', list: buildDocumentList([cv]) });
    expect(await screen.findByRole('heading', { name: ar.suggestions.title })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByText('اللحام')).toBeInTheDocument();
    expect(screen.getByText(t('documents.list.meta', { kind: ar.kinds.cv, size: '240 كيلوبايت', date: new Intl.DateTimeFormat('ar-MA', { dateStyle: 'long' }).format(new Date(cv.createdAt)) }))).toBeInTheDocument();

    await user.upload(screen.getByLabelText(ar.upload.file), pdf('شهادة.pdf'));
    await user.click(screen.getByRole('button', { name: ar.upload.submit }));
    const bar = screen.getByRole('progressbar', { name: t('documents.upload.progressLabel', { name: isolate('شهادة.pdf') }) });
    expect(bar.closest('[dir]')).toHaveAttribute('dir', 'rtl');
  });
});
