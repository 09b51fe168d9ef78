/** Signs a factory-built account in through the real API, as the browser client does, and keeps its CSRF token. */
import type { Express } from 'express';
import type { z } from 'zod';
import type { ProfilePatchSchema } from '@kafaat/shared';
import { openBrowser, type Browser } from './client';
import { buildUser, TEST_PASSWORD } from './factories';

let seq = 0;

/** Each call comes from its own address, so sign-in rate limits never trip across tests. */
export async function signIn(app: Express, user: { email: string }, ip = `10.77.${Math.floor(++seq / 250)}.${seq % 250}`): Promise<Browser> {
  const b = await openBrowser(app, ip);
  const res = await b.post('/api/v1/auth/signin', { email: user.email, password: TEST_PASSWORD });
  if (res.status !== 200) throw new Error(`sign-in of ${user.email} answered ${res.status}: ${JSON.stringify(res.body)}`);
  b.csrf = res.body.csrfToken;
  return b;
}

/** A new talent who saved `profile` through the profile editor (`PATCH /me/profile`: marked for search), signed in. */
export async function signedInTalent(app: Express, profile: z.input<typeof ProfilePatchSchema>) {
  const user = await buildUser({ role: 'talent' });
  const b = await signIn(app, user);
  await b.patch('/api/v1/me/profile', profile).expect(200);
  return { user, b, id: String(user._id) };
}
