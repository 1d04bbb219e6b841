import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { type ServiceMetricsData, type ServiceMetricsVariables } from './topology-data';

// The series behind the side panel's charts for the selected node (or an edge's target).
export const serviceMetricsQuery: TypedDocumentNode<ServiceMetricsData, ServiceMetricsVariables> =
  parse(`
    query ServiceMetrics($id: ID!, $window: Int) {
      serviceMetrics(id: $id, window: $window) {
        serviceId
        window
        metricsAvailable
        metricsError
        series {
          name
          unit
          points {
            t
            v
          }
        }
      }
    }
  `);
