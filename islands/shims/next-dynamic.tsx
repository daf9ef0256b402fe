import { lazy, Suspense, type ComponentType, type ReactNode } from "react";

// In the island bundles, next/dynamic is this (build/islands/bundle.mjs aliases it): the
// same on-demand loading, with React's lazy and Suspense (Preact's, in the bundle).
export default function dynamic<P extends object>(load: () => Promise<ComponentType<P>>, options: { loading?: () => ReactNode } = {}): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return function Dynamic(props: P) {
    return (
      <Suspense fallback={options.loading ? options.loading() : null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
