import { kindClass, kindLabel } from '@/lib/site/kinds';

/** A kind's name on its colour; "not happened" kinds get the dashed outline too. */
export function KindBadge({ kind, unrealised = false }: { kind: string; unrealised?: boolean }) {
  return (
    <span className={`kind-badge ${kindClass(kind)}${unrealised ? ' unrealised' : ''}`}>
      {kindLabel(kind)}
    </span>
  );
}
