import { EVENT_KINDS } from '@/lib/types';
import { KindBadge } from './kind-badge';

/** The colour key of the timeline, plus the look of what has not happened or is projected. */
export function Legend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-2 text-sm">
      {EVENT_KINDS.map((k) => (
        <li key={k}>
          <KindBadge kind={k} />
        </li>
      ))}
      <li>
        <span className="kind-badge legend-unrealised unrealised">
          dashed: not (yet) happened when reported
        </span>
      </li>
      <li>
        <span className="kind-badge legend-unrealised legend-target">
          hatched band: the date a selected statement points to (projected)
        </span>
      </li>
    </ul>
  );
}
