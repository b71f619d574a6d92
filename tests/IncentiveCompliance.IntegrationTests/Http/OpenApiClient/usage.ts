// What an integrator writes against the types that openapi-typescript generates from /openapi/v1.json (api.d.ts beside
// this file, made by OpenApiDocumentTests): it must type-check with `tsc --noEmit --strict`.
import type { operations, paths } from "./api";

type GetRegionCompliance = operations["GetRegionCompliance"];
type RegionCompliance = GetRegionCompliance["responses"][200]["content"]["application/json"];

// The operation found by its path is the one found by its operationId.
export const samePath: paths["/api/v1/regions/{code}/compliance"]["get"] extends GetRegionCompliance ? true : never = true;

export const request: GetRegionCompliance["parameters"] = { path: { code: "08" }, query: { year: 2026 } };

export function lines(region: RegionCompliance): string[] {
    return region.municipalities.map(m => `${region.code} ${region.name}: ${m.ubigeo} ${m.name} ${m.status}`);
}
