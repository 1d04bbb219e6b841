import { SharedBodies } from './shared-bodies';

// Apollo Server's default stringifyResult over the result it builds: { errors, data, extensions }.
const apolloDefault = (result: object) => JSON.stringify(result) + '\n';

describe('SharedBodies', () => {
  const data = () => ({ topology: { nodes: [{ id: 'a', healthReasons: ['5xx 12.0 % ≥ 10 %'] }] } });

  it('serializes shared data exactly as Apollo Server would, and keeps its UTF-8 bytes', () => {
    const bodies = new SharedBodies();
    const shared = data();
    const body = bodies.share(shared);
    const result = { errors: undefined, data: shared, extensions: undefined };
    expect(body).toBe(apolloDefault(result));
    expect(bodies.stringifyResult(result)).toBe(body);
    expect(bodies.utf8(body)?.equals(Buffer.from(apolloDefault(result), 'utf8'))).toBe(true);
  });

  it('serializes anything else afresh: other data, or shared data with extensions or errors', () => {
    const bodies = new SharedBodies();
    const shared = data();
    bodies.share(shared);
    const other = { topology: { nodes: [] } };
    const withExtensions = { data: shared, extensions: { tracing: 1 } };
    const withErrors = { data: shared, errors: [{ message: 'partial' }] };
    expect(bodies.stringifyResult({ data: other })).toBe(apolloDefault({ data: other }));
    expect(bodies.stringifyResult(withExtensions)).toBe(apolloDefault(withExtensions));
    expect(bodies.stringifyResult(withErrors)).toBe(apolloDefault(withErrors));
    expect(bodies.utf8(apolloDefault({ data: other }))).toBeUndefined();
    // Equal data serializes to an equal body, which has the same bytes.
    expect(bodies.stringifyResult({ data: data() })).toBe(apolloDefault({ data: data() }));
  });

  it('forgets a released body', () => {
    const bodies = new SharedBodies();
    const shared = data();
    const body = bodies.share(shared);
    bodies.release(shared);
    expect(bodies.utf8(body)).toBeUndefined();
    expect(bodies.stringifyResult({ data: shared })).toBe(apolloDefault({ data: shared }));
  });
});
