/**
 * The catalogue as the build ships it to the server: validated once by the
 * build, written as one JSON text (records as the loader gave them, with
 * each model's facet key for ETags and the hash of the code that built the
 * site), and parsed once when the server starts. The server never reads YAML.
 */
import type { Catalogue } from '../schemas/index.ts';

export interface ShippedCatalogue {
  catalogue: Catalogue;
  /** Each model's facet key (src/lib/routing/pair-content-keys.ts), by id. */
  facets: ReadonlyMap<string, string>;
  /** The hash of the code that built the site: part of every ETag. */
  code: string;
}

const FORMAT = 1;

interface ShippedJson {
  format: number;
  code: string;
  facets: [string, string][];
  makers: unknown[];
  models: unknown[];
  providers: unknown[];
  benchmarks: unknown[];
}

export function shipCatalogue({ catalogue, facets, code }: ShippedCatalogue): string {
  const json: ShippedJson = {
    format: FORMAT,
    code,
    facets: [...facets],
    makers: [...catalogue.makers.values()],
    models: [...catalogue.models.values()],
    providers: [...catalogue.providers.values()],
    benchmarks: [...catalogue.benchmarks.values()],
  };
  return JSON.stringify(json);
}

export function unshipCatalogue(text: string): ShippedCatalogue {
  const json = JSON.parse(text) as ShippedJson;
  if (json.format !== FORMAT)
    throw new Error(
      `the shipped catalogue is in format ${json.format}, this server reads ${FORMAT}: build the site again`,
    );
  const byId = <T extends { id: string }>(records: unknown[]) =>
    new Map((records as T[]).map((r) => [r.id, r]));
  return {
    code: json.code,
    facets: new Map(json.facets),
    catalogue: {
      makers: byId(json.makers),
      models: byId(json.models),
      providers: byId(json.providers),
      benchmarks: byId(json.benchmarks),
    },
  };
}
