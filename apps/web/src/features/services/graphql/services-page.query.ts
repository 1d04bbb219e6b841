import { graphql } from '../../../graphql/generated';

// One page of the services table; the page fetches them all, 1000 at a time, by cursor.
export const servicesPageQuery = graphql(`
  query ServicesPage($first: Int!, $after: String) {
    services(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        namespace
        cluster {
          name
        }
        meshIds
        versions
        workloadIds
      }
    }
  }
`);
