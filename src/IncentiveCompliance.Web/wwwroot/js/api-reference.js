// Loaded by the API reference (/docs/api) before Scalar's bundle. Scalar validates with Zod, which probes whether it may
// compile code with Function(""); the page's content policy forbids that, and the probe would be reported as a violation.
// Zod reads this global setting first and then skips the probe (it works the same without compiled validators).
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, { jitless: true });
