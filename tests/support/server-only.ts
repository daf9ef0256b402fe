// Vitest stands in for the server: `import "server-only"` (which throws outside a React
// server build) resolves here instead, so server-only modules stay testable.
export {};
