/** What services need besides the database: configuration, mail and logging. Built once per app. */
import type { Config } from '../env';
import type { Logger } from '../logger';
import type { Mailer } from '../mail/mailer';
import type { SearchClient } from '../search/client';

export interface ServiceContext {
  config: Config;
  logger: Logger;
  mailer: Mailer;
  search: SearchClient;
  /** Absolute URL of a client page, for links in mails. */
  link: (pathAndQuery: string) => string;
}
