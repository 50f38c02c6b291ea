/**
 * One change an import would make to our records, as planned by planImport
 * (plan.ts), printed by describeChange (describe.ts) and applied to record
 * text by applyPlan (apply.ts). Changes only add: a record, a route, a dated
 * price, or a field that was absent.
 */
import type { Price, Route } from '../schemas/index.ts';
import type { ModelRecord } from '../schemas/model.ts';
import type { ProviderRecord } from '../schemas/provider.ts';

export type RouteField = 'api_id' | 'context_limit' | 'deprecated';

export type Change =
  | { type: 'create-provider'; provider: string; record: ProviderRecord; from: string }
  | { type: 'create-model'; model: string; record: ModelRecord; from: string }
  | { type: 'add-route'; provider: string; route: Route; from: string }
  | {
      type: 'add-price';
      provider: string;
      routeIndex: number;
      model: string;
      apiId?: string;
      price: Price;
      previous?: Price;
      from: string;
    }
  | {
      type: 'set-route-field';
      provider: string;
      routeIndex: number;
      model: string;
      field: RouteField;
      value: string | number | boolean;
      from: string;
    }
  | {
      type: 'fill-model-field';
      model: string;
      path: string[];
      value: string | number | boolean;
      from: string;
    };
