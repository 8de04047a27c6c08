import { useEffect, useRef } from 'react';
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, TimeScale, Title, Tooltip,
  type ChartConfiguration, type ChartType,
} from 'chart.js';
// Dates on a time axis are read and formatted by date-fns.
import 'chartjs-adapter-date-fns';

// Only what the dashboard draws, so the rest of Chart.js stays out of the bundle.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, TimeScale, Legend, Title, Tooltip);

/** Whether the reader asked for less motion (and the test browser does, for steady screenshots). */
export const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * A Chart.js chart on a canvas. The canvas is an image to assistive technology: `label` says what it shows,
 * and each view puts the same numbers in a table beside it. The canvas also names its series and the kind
 * of its horizontal axis (`data-series`, `data-x-axis`), for tools that read the page.
 */
export function ChartCanvas<TType extends ChartType>({ config, label, id }: { config: ChartConfiguration<TType>; label: string; id?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [config]);
  return (
    <div className="chart">
      <canvas
        ref={canvas}
        id={id}
        role="img"
        aria-label={label}
        data-series={JSON.stringify(config.data.datasets.map((dataset) => dataset.label ?? ''))}
        data-x-axis={(config.options?.scales as { x?: { type?: string } } | undefined)?.x?.type ?? 'category'}
      />
    </div>
  );
}
