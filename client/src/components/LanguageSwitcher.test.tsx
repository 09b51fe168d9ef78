import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import ar from '../i18n/locales/ar.json';
import en from '../i18n/locales/en.json';
import fr from '../i18n/locales/fr.json';
import { LANGUAGE_STORAGE_KEY } from '../i18n/languagePreference';
import { renderApp } from '../testing/renderApp';

const html = document.documentElement;

describe('choosing the interface language', () => {
  it('opens in French, left to right, when nothing says otherwise', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: fr.home.hero.title })).toBeInTheDocument();
    expect(html).toHaveAttribute('lang', 'fr');
    expect(html).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('combobox', { name: fr.layout.language })).toHaveValue('fr');
  });

  it('opens in Arabic, right to left, with ?lang=ar, and remembers it for the next visit', async () => {
    renderApp('/?lang=ar');
    const heading = await screen.findByRole('heading', { level: 1, name: ar.home.hero.title });
    expect(heading.textContent).toMatch(/[\u0600-\u06FF]/);
    expect(html).toHaveAttribute('dir', 'rtl');
    expect(html).toHaveAttribute('lang', 'ar');
    expect(document.title).toContain(ar.app.tagline);
    expect(screen.getByRole('link', { name: ar.layout.skipToContent })).toBeInTheDocument();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ar');
  });

  it('ignores an unsupported ?lang= and stays in French', async () => {
    renderApp('/?lang=de');
    expect(await screen.findByRole('heading', { level: 1, name: fr.home.hero.title })).toBeInTheDocument();
    expect(html).toHaveAttribute('lang', 'fr');
  });

  it('switches to English from the header, remembers it, and keeps it after a reload', async () => {
    const first = renderApp('/');
    await first.user.selectOptions(screen.getByRole('combobox', { name: fr.layout.language }), 'English');

    expect(await screen.findByRole('heading', { level: 1, name: en.home.hero.title })).toBeInTheDocument();
    expect(screen.queryByText(fr.home.hero.title)).not.toBeInTheDocument();
    expect(html).toHaveAttribute('lang', 'en');
    expect(html).toHaveAttribute('dir', 'ltr');
    expect(document.title).toContain(en.app.tagline);
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    first.unmount();
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: en.home.hero.title })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: en.layout.language })).toHaveValue('en');
  });

  it('mirrors back to left to right when leaving Arabic; reloading the ?lang= address keeps the new choice', async () => {
    const first = renderApp('/?lang=ar');
    await first.user.selectOptions(screen.getByRole('combobox', { name: ar.layout.language }), 'Français');

    expect(await screen.findByRole('heading', { level: 1, name: fr.home.hero.title })).toBeInTheDocument();
    expect(html).toHaveAttribute('dir', 'ltr');
    expect(window.location.search).toBe('?lang=fr');

    first.unmount();
    renderApp(window.location.pathname + window.location.search);
    expect(await screen.findByRole('heading', { level: 1, name: fr.home.hero.title })).toBeInTheDocument();
  });

  it('names every language in its own script, whatever the current language', async () => {
    renderApp('/?lang=en');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Français', 'العربية', 'English']);
    expect(screen.getByRole('option', { name: 'العربية' })).toHaveAttribute('lang', 'ar');
  });
});
