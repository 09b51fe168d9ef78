/**
 * Builds the Express application from its dependencies. Nothing here connects to anything, so tests build an
 * app around their own database and index prefix, and index.ts builds the real one.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import session from 'express-session';
import { cookieSecure, publicUrl, type Config } from './env';
import { createPassport } from './auth/passport';
import { SESSION_COOKIE } from './auth/signIn';
import { MongoSessionStore } from './auth/sessionStore';
import { createMailer, type Mailer } from './mail/mailer';
import { csrfProtection } from './middlewares/csrf';
import { authRoutes } from './routes/auth/auth';
import { meRoutes } from './routes/me/me';
import { documentRoutes } from './routes/documents/documents';
import { profileRoutes } from './routes/profiles/profiles';
import { organisationRoutes } from './routes/organisations/organisations';
import { opportunityRoutes } from './routes/opportunities/opportunities';
import { searchRoutes } from './routes/search/search';
import { onHandlerFailure } from './services/events';
import { adminRoutes } from './routes/admin/admin';
import { skillRoutes } from './routes/skills/skills';
import { skillProposalRoutes } from './routes/skills/proposals';
import { messageRoutes } from './routes/messages/messages';
import { notificationRoutes } from './routes/notifications/notifications';
import { matchRoutes } from './routes/matches/matches';
import { savedSearchRoutes } from './routes/savedSearches/savedSearches';
import { subscribeNotifications } from './services/notifications/subscriptions';
import type { ServiceContext } from './services/context';
import type { Logger } from './logger';
import type { SearchClient } from './search/client';
import { errorHandler, notFoundHandler } from './middlewares/errorHandler';
import { mountRoutes, type RegisteredRoute } from './routes/define';
import { healthRoutes } from './routes/health/health';
import { metaRoutes } from './routes/meta/meta';

export const API_PREFIX = '/api/v1';
const VERSION = process.env.npm_package_version ?? '0.1.0';
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export interface AppDeps {
  config: Config;
  logger: Logger;
  search: SearchClient;
  /** Defaults to the transport chosen by the configuration (SMTP or the mail folder). */
  mailer?: Mailer;
}

export function createApp({ config, logger, search, mailer }: AppDeps) {
  const base = publicUrl(config);
  const ctx: ServiceContext = { config, logger, search, mailer: mailer ?? createMailer(config, logger), link: (p) => `${base}${p}` };
  onHandlerFailure((err, name) => logger.error({ err, event: name }, 'event handler failed'));
  subscribeNotifications();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.set('query parser', 'simple');

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: config.NODE_ENV === 'production' ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(express.json({ limit: config.BODY_LIMIT_BYTES, strict: true }));

  const registry: RegisteredRoute[] = [];
  const root = Router();
  mountRoutes(root, '', healthRoutes(search), registry);
  app.use(root);

  const passport = createPassport();
  const api = Router();
  // Shared with the socket.io server (realtime/server.ts), which authenticates its handshakes with it.
  const sessionMiddleware = session({
    name: SESSION_COOKIE,
    secret: config.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    store: new MongoSessionStore(config.SESSION_TTL_HOURS * 3600_000),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure: cookieSecure(config), maxAge: config.SESSION_TTL_HOURS * 3600_000, path: '/' },
  });
  api.use(sessionMiddleware);
  api.use(passport.initialize());
  api.use(passport.session());
  api.use(csrfProtection);
  mountRoutes(api, API_PREFIX, metaRoutes(registry, VERSION), registry);
  mountRoutes(api, API_PREFIX, authRoutes(ctx, passport), registry);
  mountRoutes(api, API_PREFIX, meRoutes(ctx), registry);
  mountRoutes(api, API_PREFIX, documentRoutes(ctx), registry);
  // Before the profile and opportunity routes: /talents/search and /opportunities/search are not ids.
  mountRoutes(api, API_PREFIX, searchRoutes(ctx), registry);
  mountRoutes(api, API_PREFIX, profileRoutes(ctx), registry);
  mountRoutes(api, API_PREFIX, organisationRoutes(ctx), registry);
  mountRoutes(api, API_PREFIX, opportunityRoutes(ctx), registry);
  mountRoutes(api, API_PREFIX, adminRoutes(ctx), registry);
  mountRoutes(api, API_PREFIX, skillRoutes(ctx), registry);
  mountRoutes(api, API_PREFIX, skillProposalRoutes(ctx), registry);
  mountRoutes(api, API_PREFIX, messageRoutes(ctx), registry);
  mountRoutes(api, API_PREFIX, notificationRoutes(ctx), registry);
  mountRoutes(api, API_PREFIX, matchRoutes(ctx), registry);
  mountRoutes(api, API_PREFIX, savedSearchRoutes(ctx), registry);
  app.use(API_PREFIX, api);
  app.use(API_PREFIX, notFoundHandler);

  serveClient(app, config.CLIENT_DIST);
  app.use(notFoundHandler);
  app.use(errorHandler);
  return { app, registry, ctx, sessionMiddleware, passport };
}

/** Serves the built single-page app from the same origin; unknown non-API paths get its index.html. */
function serveClient(app: express.Express, dist: string): void {
  const index = path.join(dist, 'index.html');
  if (!dist || !fs.existsSync(index)) return;
  app.use(express.static(dist, { index: false, maxAge: '1h', immutable: false }));
  app.get(/^\/(?!api\/|socket\.io\/).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
