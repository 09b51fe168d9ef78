import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { resources } from '../i18n';
import { apiError } from '../testing/fakeApi';
import { renderApp } from '../testing/renderApp';

const fr = resources.fr.translation;
const token = 'b'.repeat(43);

describe('links from emails', () => {
  it('confirms the email address once when the page opens', async () => {
    const { sent } = renderApp(`/verify-email?token=${token}`, {
      routes: { 'POST /api/v1/auth/verify-email': () => Response.json({ status: 'verified' }) },
    });
    expect(await screen.findByRole('heading', { level: 1, name: fr.verifyEmail.doneTitle })).toHaveFocus();
    expect(sent('POST /api/v1/auth/verify-email')).toHaveLength(1);
    expect(sent('POST /api/v1/auth/verify-email')[0]?.body).toEqual({ token });
  });

  it('offers a new confirmation email when the link expired', async () => {
    renderApp(`/verify-email?token=${token}`, { routes: { 'POST /api/v1/auth/verify-email': () => apiError(400, 'invalid_token') } });
    expect(await screen.findByRole('heading', { level: 1, name: fr.verifyEmail.invalidTitle })).toBeInTheDocument();
    expect(screen.getByLabelText(fr.fields.email)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: fr.resend.submit })).toBeInTheDocument();
  });

  it('sets a new password from the reset link, and explains an expired one', async () => {
    const { user } = renderApp(`/reset-password?token=${token}`, {
      routes: { 'POST /api/v1/auth/password/reset': () => apiError(400, 'invalid_token') },
    });
    await user.type(await screen.findByLabelText(fr.fields.newPassword), 'une nouvelle phrase');
    await user.click(screen.getByRole('button', { name: fr.resetPassword.submit }));
    expect(await screen.findByRole('heading', { level: 1, name: fr.resetPassword.invalidTitle })).toHaveFocus();
    expect(screen.getByRole('link', { name: fr.resetPassword.askAgain })).toHaveAttribute('href', '/forgot-password');
  });

  it('never says whether an address has an account when a reset is requested', async () => {
    const { user } = renderApp('/forgot-password', {
      routes: { 'POST /api/v1/auth/password/forgot': () => Response.json({ status: 'accepted', message: 'ok' }, { status: 202 }) },
    });
    await user.type(await screen.findByLabelText(fr.fields.email), 'someone@example.ma');
    await user.click(screen.getByRole('button', { name: fr.forgotPassword.submit }));
    expect(await screen.findByRole('heading', { level: 1, name: fr.forgotPassword.sentTitle })).toHaveFocus();
    expect(screen.getByText(/Si un compte existe pour someone@example\.ma/)).toBeInTheDocument();
  });
});
