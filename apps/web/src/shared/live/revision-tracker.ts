/** What a newly seen fleet revision means for the pages. */
export type RevisionVerdict = 'unchanged' | 'changed' | 'restarted';

/**
 * Follows the fleet revision from two sources, pushed events and periodic checks, and tells when
 * a check shows changes no event announced (events lost, or the subscription not delivering) and
 * when the revision went backwards (the hub restarted with a fresh model).
 */
export class RevisionTracker {
  private latest: number | undefined;

  /** A revision named by a pushed event; the event itself triggers the refetch. */
  sawEvent(revision: number): RevisionVerdict {
    const verdict = this.compare(revision);
    this.latest = revision;
    return verdict === 'restarted' ? 'restarted' : 'unchanged';
  }

  /** A revision read by a periodic check. The first check only sets the baseline. */
  sawCheck(revision: number): RevisionVerdict {
    if (this.latest === undefined) {
      this.latest = revision;
      return 'unchanged';
    }
    const verdict = this.compare(revision);
    this.latest = revision;
    return verdict;
  }

  private compare(revision: number): RevisionVerdict {
    if (this.latest === undefined || revision === this.latest) return 'unchanged';
    return revision > this.latest ? 'changed' : 'restarted';
  }
}
