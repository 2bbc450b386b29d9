import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import styles from './day-histogram.module.css';
import { barsLabel, histogramBuckets, inRange, type HistogramBucket } from './histogram-buckets';
import { formatCount } from '@/ui/format-count';

type Props = {
  /** Per day from firstDay: articles matching every filter but the dates. */
  dayCounts: Uint32Array;
  firstDay: number;
  from: string | null;
  to: string | null;
  onPick: (from: string, to: string) => void;
};

type Span = { anchor: number; at: number };

/**
 * Articles per day, month, year, decade or century across the archive (never more than MAX_BARS bars), with
 * the chosen dates shaded. A range is picked by dragging across bars or clicking one; from the keyboard it
 * is a slider: arrows move, Shift+arrows stretch the range, Enter picks it. The period list above is its
 * text alternative.
 */
export function DayHistogram({ dayCounts, firstDay, from, to, onPick }: Props) {
  const { unit, buckets } = useMemo(() => histogramBuckets(dayCounts, firstDay), [dayCounts, firstDay]);
  const barsRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Span | null>(null);
  const [cursor, setCursor] = useState<Span | null>(null);
  const helpId = useId();
  if (buckets.length === 0) return null;

  const max = buckets.reduce((most, bucket) => Math.max(most, bucket.count), 1);
  const span = drag ?? cursor;
  const low = span ? Math.min(span.anchor, span.at) : -1;
  const high = span ? Math.max(span.anchor, span.at) : -1;
  const shaded = (bucket: HistogramBucket, index: number) => (span ? index >= low && index <= high : inRange(bucket, from, to));
  const pick = ({ anchor, at }: Span) => onPick(buckets[Math.min(anchor, at)]!.from, buckets[Math.max(anchor, at)]!.to);
  const indexAt = (clientX: number) => {
    const box = barsRef.current!.getBoundingClientRect();
    return Math.max(0, Math.min(buckets.length - 1, Math.floor(((clientX - box.left) / Math.max(1, box.width)) * buckets.length)));
  };
  const focused = cursor ?? { anchor: selectedIndex(buckets, from, to), at: selectedIndex(buckets, from, to) };

  const onKeyDown = (event: KeyboardEvent) => {
    const step: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -12, PageUp: 12 };
    let at = focused.at;
    if (event.key in step) at += step[event.key]!;
    else if (event.key === 'Home') at = 0;
    else if (event.key === 'End') at = buckets.length - 1;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      pick(focused);
      setCursor(null);
      return;
    } else if (event.key === 'Escape' && cursor) {
      event.preventDefault();
      setCursor(null);
      return;
    } else return;
    event.preventDefault();
    at = Math.max(0, Math.min(buckets.length - 1, at));
    setCursor({ anchor: event.shiftKey ? focused.anchor : at, at });
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const at = indexAt(event.clientX);
    setDrag({ anchor: at, at });
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag) setDrag({ anchor: drag.anchor, at: indexAt(event.clientX) });
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    pick({ anchor: drag.anchor, at: indexAt(event.clientX) });
    setDrag(null);
  };

  // What the slider says: the bars being picked, else the chosen date range's bars, else the focused bar.
  const said = cursor ? { low, high } : (chosenBars(buckets, from, to) ?? { low: focused.at, high: focused.at });
  const rangeText = barsLabel(buckets, unit, said.low, said.high);
  const countText = buckets.slice(said.low, said.high + 1).reduce((sum, bucket) => sum + bucket.count, 0);
  return (
    <div className={styles.histogram}>
      <p className={styles.caption} id={`${helpId}-label`}>
        Articles per {unit}
      </p>
      <div
        ref={barsRef}
        className={styles.bars}
        role="slider"
        tabIndex={0}
        aria-labelledby={`${helpId}-label`}
        aria-describedby={helpId}
        aria-valuemin={0}
        aria-valuemax={buckets.length - 1}
        aria-valuenow={focused.at}
        aria-valuetext={`${rangeText}: ${formatCount(countText)} ${countText === 1 ? 'article' : 'articles'}`}
        data-dragging={drag !== null}
        onKeyDown={onKeyDown}
        onBlur={() => setCursor(null)}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
      >
        {buckets.map((bucket, index) => (
          <span
            key={bucket.from}
            className={styles.bar}
            data-selected={shaded(bucket, index)}
            data-cursor={cursor !== null && index === cursor.at}
            title={`${bucket.label}: ${bucket.count}`}
          >
            <span className={styles.fill} style={{ height: `${bucket.count === 0 ? 0 : Math.max(4, (bucket.count / max) * 100)}%` }} />
          </span>
        ))}
      </div>
      <p className={styles.axis} aria-hidden="true">
        <span>{buckets[0]!.label}</span>
        <span>{buckets.at(-1)!.label}</span>
      </p>
      <p id={helpId} className="visually-hidden">
        Drag across the bars or click one to choose dates. With the keyboard: arrow keys move, Shift with arrow keys stretches the range,
        Enter chooses it.
      </p>
    </div>
  );
}

/** The first and last bars of the chosen date range, or null when no dates are chosen or none has a bar. */
function chosenBars(buckets: HistogramBucket[], from: string | null, to: string | null): { low: number; high: number } | null {
  const low = buckets.findIndex((bucket) => inRange(bucket, from, to));
  if (low < 0) return null;
  let high = low;
  while (high + 1 < buckets.length && inRange(buckets[high + 1]!, from, to)) high += 1;
  return { low, high };
}

/** The bar to start from: the chosen range's newest, or the newest of all. */
function selectedIndex(buckets: HistogramBucket[], from: string | null, to: string | null): number {
  for (let index = buckets.length - 1; index >= 0; index -= 1) if (inRange(buckets[index]!, from, to)) return index;
  return buckets.length - 1;
}
