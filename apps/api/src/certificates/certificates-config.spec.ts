import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../config/config-error';
import { loadConfig } from '../config/load-config';

const home = mkdtempSync(join(tmpdir(), 'meshwork-home-'));

describe('certificate settings', () => {
  it('defaults to 7 and 60 days and no Consul API', () => {
    const config = loadConfig({ env: {}, home });
    expect(config).toMatchObject({
      certCriticalDays: 7,
      certWarningDays: 60,
      consulHttpAddresses: {},
    });
  });

  it('reads thresholds and Consul addresses from the environment', () => {
    const config = loadConfig({
      env: {
        MESHWORK_CERT_CRITICAL_DAYS: '14',
        MESHWORK_CERT_WARNING_DAYS: '90',
        MESHWORK_CONSUL_HTTP_ADDRESSES:
          'south=http://consul.south:8500, east/consul=https://c.east:8501',
      },
      home,
    });
    expect(config.certCriticalDays).toBe(14);
    expect(config.certWarningDays).toBe(90);
    expect(config.consulHttpAddresses).toEqual({
      south: 'http://consul.south:8500',
      'east/consul': 'https://c.east:8501',
    });
  });

  it('stops with the key named when the warning line is not beyond the critical one', () => {
    const load = () =>
      loadConfig({
        env: { MESHWORK_CERT_CRITICAL_DAYS: '30', MESHWORK_CERT_WARNING_DAYS: '20' },
        home,
      });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/certWarningDays/);
  });

  it('rejects a Consul address that is not a URL', () => {
    expect(() => loadConfig({ env: { MESHWORK_CONSUL_HTTP_ADDRESSES: 'south' }, home })).toThrow(
      /consulHttpAddresses/,
    );
  });
});
