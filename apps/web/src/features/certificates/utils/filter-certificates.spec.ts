import { certificateRow, findingRow } from '../testing/certificate-row.fixture';
import { countByClass, filterCertificates, filterFindings } from './filter-certificates';

const rows = [
  certificateRow({ id: 'a', cluster: 'central', expiryClass: 'EXPIRED', subject: 'CN=osm-ca' }),
  certificateRow({
    id: 'b',
    cluster: 'north',
    expiryClass: 'CRITICAL',
    mesh: 'north/linkerd/Mesh/linkerd',
  }),
  certificateRow({ id: 'c', cluster: 'west', expiryClass: 'WARNING' }),
  certificateRow({ id: 'd', cluster: 'east', expiryClass: 'OK' }),
];

describe('filterCertificates', () => {
  it('keeps the hub order and matches any of the chosen classes', () => {
    const ids = filterCertificates(rows, { classes: ['WARNING', 'EXPIRED'], text: '' }).map(
      (r) => r.id,
    );
    expect(ids).toEqual(['a', 'c']);
  });

  it('combines cluster, mesh and text', () => {
    expect(
      filterCertificates(rows, { classes: [], cluster: 'north', text: '' }).map((r) => r.id),
    ).toEqual(['b']);
    expect(
      filterCertificates(rows, { classes: [], mesh: 'north/linkerd/Mesh/linkerd', text: '' }).map(
        (r) => r.id,
      ),
    ).toEqual(['b']);
    expect(filterCertificates(rows, { classes: [], text: 'OSM' }).map((r) => r.id)).toEqual(['a']);
  });
});

describe('filterFindings', () => {
  it('keeps findings about the cluster or mesh in view', () => {
    const findings = [
      findingRow({ id: 'shared' }),
      findingRow({ id: 'linkerd', clusters: ['north'], meshes: ['north/linkerd/Mesh/linkerd'] }),
    ];
    expect(filterFindings(findings, { cluster: 'west' }).map((f) => f.id)).toEqual(['shared']);
    expect(filterFindings(findings, {}).map((f) => f.id)).toEqual(['shared', 'linkerd']);
  });
});

describe('countByClass', () => {
  it('counts every class, zero included', () => {
    expect(countByClass(rows.slice(0, 2))).toEqual({ EXPIRED: 1, CRITICAL: 1, WARNING: 0, OK: 0 });
  });
});
