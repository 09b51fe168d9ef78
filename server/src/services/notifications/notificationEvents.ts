/** Events of notifications on the in-process bus (services/events.ts); ids only, like the others. */
declare module '../events' {
  interface DomainEvents {
    /** A notification was stored for the user's inbox (or a gathered one grew). The live push follows from it. */
    'notification.created': { notificationId: string; userId: string };
  }
}

export {};
