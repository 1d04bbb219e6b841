import { type Reachability } from '../../../graphql/generated/graphql';
import { StrokeIcon } from '../../../shared/components/stroke-icon';

function iconPath(reachability: Reachability): string {
  switch (reachability) {
    case 'REACHABLE':
      return 'M3.5 8.5l3 3 6-7';
    case 'PENDING':
      return 'M8 4.5V8l2.5 1.5M14 8A6 6 0 1 1 2 8a6 6 0 0 1 12 0z';
    case 'UNREACHABLE':
      return 'M4.5 4.5l7 7M11.5 4.5l-7 7';
    case 'UNAUTHORIZED':
      return 'M4.5 7.5h7v6h-7zM6 7.5V5.5a2 2 0 0 1 4 0v2';
  }
}

export function ReachabilityIcon({ reachability }: { reachability: Reachability }) {
  return <StrokeIcon className="reachability-icon" path={iconPath(reachability)} />;
}
