/**
 * Works out what an import would change, without touching any file: a pure
 * function of the catalogue input, the mapping config and our catalogue (as
 * the loader returned it). The rules are those documented in the header of
 * scripts/import-config.yaml; the model half is in plan-models.ts, the route
 * half in plan-routes.ts. Nothing already set is ever changed: changes only
 * add a record, a route, a dated price or an absent field.
 */
import type { Catalogue } from '../schemas/index.ts';
import type { CatalogueInput } from './catalogue.ts';
import type { Change } from './change.ts';
import type { ImportConfig } from './config.ts';
import { planModels } from './plan-models.ts';
import { planRoutes } from './plan-routes.ts';

export interface ImportPlan {
  changes: Change[];
  /** Things the importer chose not to do, and why (for a person to review). */
  notes: string[];
}

export interface PlanOptions {
  /** Date written as `reviewed` on created records (YYYY-MM-DD). */
  today: string;
  /** Date written as `seen` on added prices (YYYY-MM-DD); defaults to `today`. */
  seen?: string;
}

export function planImport(
  input: CatalogueInput,
  config: ImportConfig,
  ours: Catalogue,
  options: PlanOptions,
): ImportPlan {
  const today = options.today;
  const seen = options.seen ?? today;
  const changes: Change[] = [];
  const notes: string[] = [];
  const modelKinds = planModels(input, config, ours, today, changes, notes);
  planRoutes(input, config, ours, modelKinds, today, seen, changes, notes);

  // A provider record is only created to hold routes.
  const routed = new Set(changes.flatMap((c) => (c.type === 'add-route' ? [c.provider] : [])));
  const kept = changes.filter((c) => {
    if (c.type !== 'create-provider' || routed.has(c.provider)) return true;
    notes.push(
      `provider "${c.from}": no catalogue route maps to a model of ours; providers/${c.provider}.yaml not created`,
    );
    return false;
  });
  return { changes: kept, notes };
}
