import { RevisionTracker } from './revision-tracker';

describe('RevisionTracker', () => {
  it('takes the first check as the baseline', () => {
    const tracker = new RevisionTracker();
    expect(tracker.sawCheck(7)).toBe('unchanged');
    expect(tracker.sawCheck(7)).toBe('unchanged');
  });

  it('reports changes a check finds that no event announced', () => {
    const tracker = new RevisionTracker();
    tracker.sawCheck(7);
    expect(tracker.sawCheck(9)).toBe('changed');
  });

  it('stays quiet when the events already announced the revision a check finds', () => {
    const tracker = new RevisionTracker();
    tracker.sawCheck(7);
    expect(tracker.sawEvent(8)).toBe('unchanged');
    expect(tracker.sawEvent(9)).toBe('unchanged');
    expect(tracker.sawCheck(9)).toBe('unchanged');
  });

  it('reports a restart when the revision goes backwards, from either source', () => {
    const tracker = new RevisionTracker();
    tracker.sawCheck(40);
    expect(tracker.sawCheck(3)).toBe('restarted');
    expect(tracker.sawEvent(1)).toBe('restarted');
    expect(tracker.sawEvent(2)).toBe('unchanged');
  });
});
