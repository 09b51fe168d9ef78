/**
 * Events of the profiles feature, added to the bus's DomainEvents by declaration merging. `profile.updated`
 * follows every write of a profile's searchable content (sections saved, a skill added, the talent's display
 * name); the search indexer subscribes to index it at once instead of at its next poll.
 */
declare module '../events' {
  interface DomainEvents {
    'profile.updated': { profileId: string };
  }
}

export {};
