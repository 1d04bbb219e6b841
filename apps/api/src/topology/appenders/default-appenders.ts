import { certificateAlertAppender } from './certificate-alert.appender';
import { findHideAppender } from './find-hide.appender';
import { healthAppender } from './health.appender';
import { idleAppender } from './idle.appender';
import { mtlsAppender } from './mtls.appender';
import type { TopologyAppender } from './topology-appender';
import { trafficSourceAppender } from './traffic-source.appender';

/**
 * The pipeline order matters: idle before health (ready but idle nodes are IDLE), health before
 * find/hide (expressions may test health), find/hide last so it sees every field.
 */
export const DEFAULT_APPENDERS: readonly TopologyAppender[] = [
  trafficSourceAppender,
  mtlsAppender,
  idleAppender,
  healthAppender,
  certificateAlertAppender,
  findHideAppender,
];
