import { useEffect, useState } from 'react';

/** The reading line, as a share of the window's height from its top. */
const READING_LINE = 0.3;

/**
 * The id of the section being read: the last section whose top has passed the reading line.
 * An IntersectionObserver watches a thin band at that line; every section is a contiguous box, so
 * whenever the line moves into another section (by scrolling or by a jump) some section enters or
 * leaves the band, and the answer is worked out again. Nothing runs on plain scroll events.
 */
export function useActiveSection(sectionIds: readonly string[]): string | null {
  const [active, setActive] = useState<string | null>(null);
  const key = sectionIds.join(' ');

  useEffect(() => {
    const sections = key
      .split(' ')
      .map((id) => document.querySelector<HTMLElement>(`[data-section="${CSS.escape(id)}"]`))
      .filter((element): element is HTMLElement => element !== null);
    if (sections.length === 0 || typeof IntersectionObserver === 'undefined') return;
    const update = () => {
      const line = window.innerHeight * READING_LINE;
      let current: string | null = null;
      for (const section of sections) if (section.getBoundingClientRect().top <= line) current = section.dataset.section ?? null;
      setActive(current);
    };
    const top = READING_LINE * 100;
    const observer = new IntersectionObserver(update, { rootMargin: `-${top}% 0px -${100 - top - 1}% 0px` });
    for (const section of sections) observer.observe(section);
    update();
    return () => observer.disconnect();
  }, [key]);

  return active;
}
