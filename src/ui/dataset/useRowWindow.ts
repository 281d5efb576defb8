import { useLayoutEffect, useState, type RefObject } from 'react';
import { HEADER_HEIGHT, ROW_HEIGHT, scrollScale, visibleRows } from './gridLayout';

const OVERSCAN = 6;

interface ScrollState {
  readonly scrollTop: number;
  readonly viewportHeight: number;
}

/** The rows in view of a scrolled grid, its content offset and the scale used for tall tables. */
export function useRowWindow(scrollRef: RefObject<HTMLDivElement | null>, rowCount: number) {
  const [state, setState] = useState<ScrollState>({ scrollTop: 0, viewportHeight: 0 });
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const update = () =>
      setState({ scrollTop: element.scrollTop, viewportHeight: element.clientHeight });
    update();
    element.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [scrollRef]);
  const contentHeight = HEADER_HEIGHT + rowCount * ROW_HEIGHT;
  const { renderedHeight, ratio } = scrollScale(contentHeight, state.viewportHeight);
  const contentOffset = state.scrollTop * ratio;
  const rows = visibleRows(rowCount, contentOffset, state.viewportHeight, OVERSCAN);
  return { window: rows, contentOffset, renderedHeight, ratio };
}
