/**
 * Calls `onFrame` in the animation frame after the window scrolls or is resized, once a frame at most,
 * however many events came. `schedule` asks for such a frame now; `stop` removes the listeners.
 */
export function onWindowFrames(onFrame: () => void): { schedule: () => void; stop: () => void } {
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      onFrame();
    });
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  return {
    schedule,
    stop: () => {
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    },
  };
}
