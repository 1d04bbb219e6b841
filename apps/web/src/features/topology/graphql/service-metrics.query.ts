import { graphql } from '../../../graphql/generated';

// The series behind the side panel's charts for the selected node (or an edge's target).
export const serviceMetricsQuery = graphql(`
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
