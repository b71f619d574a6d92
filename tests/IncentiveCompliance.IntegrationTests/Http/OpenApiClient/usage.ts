// What an integrator writes against the types that openapi-typescript generates from /openapi/v1.json (api.d.ts beside
// this file, made by ApiDocumentationTests): it must type-check with `tsc --noEmit --strict`.
import type { operations, paths } from "./api";

type GetRegionCompliance = operations["GetRegionCompliance"];
type RegionCompliance = GetRegionCompliance["responses"][200]["content"]["application/json"];

// The operation found by its path is the one found by its operationId.
export const samePath: paths["/api/v1/regions/{code}/compliance"]["get"] extends GetRegionCompliance ? true : never = true;

export const request: GetRegionCompliance["parameters"] = { path: { code: "08" }, query: { year: 2026 } };

export function lines(region: RegionCompliance): string[] {
    return region.municipalities.map(m => `${region.code} ${region.name}: ${m.ubigeo} ${m.name} ${m.status}`);
}

// A list answers a page: its items and the link to the next page, null on the last.
type AuditPage = operations["ListAuditTrail"]["responses"][200]["content"]["application/json"];
export function nextPage(page: AuditPage): string | null | undefined {
    return page.items.length > 0 ? page.next : null;
}

// A stale review answers 412 with a problem whose title says why, in Spanish.
type StaleReview = operations["ReviewSubmission"]["responses"][412]["content"]["application/problem+json"];
export const why = (problem: StaleReview): string | null | undefined => problem.title;
