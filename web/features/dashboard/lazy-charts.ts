import { lazy } from "react";

// The chart library is most of the page's weight: the headline figures show first, the charts
// follow from one chunk, each card holding a skeleton until then.
const charts = () => import("./dashboard-charts.tsx");

export const HorizontalBars = lazy(() => charts().then((m) => ({ default: m.HorizontalBars })));
export const Columns = lazy(() => charts().then((m) => ({ default: m.Columns })));
export const TrendLines = lazy(() => charts().then((m) => ({ default: m.TrendLines })));
