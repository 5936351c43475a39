// The phone's (or laptop's) camera as a scanner at the door: getUserMedia → video → canvas →
// jsQR, frame after frame. jsQR loads only when the camera is asked for, so no other page (and
// no organiser who types codes) downloads it. The camera stops when asked, and always when the
// scanner leaves the page.
import { useEffect, useRef, useState } from 'react';
import type { DoorMessageKey } from '../api-errors';

type Problem = 'door.scan.denied' | 'door.scan.noCamera' | 'door.scan.insecure' | 'door.scan.failed';

/** Frames without a code after which the same code, shown again, counts again (about a second). */
const FORGET_AFTER_EMPTY_FRAMES = 30;
/** Decoding a smaller picture is quicker, and a code held up to a phone is still large in it. */
const MAX_WIDTH = 640;

export function QrScanner({ onRead, t }: { onRead: (text: string) => Promise<void>; t: (key: DoorMessageKey) => string }) {
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<'off' | 'starting' | 'on'>('off');
  const [problem, setProblem] = useState<Problem | null>(null);
  const stopRef = useRef<() => void>(() => undefined);
  // The latest reader, without restarting the camera when the page re-renders.
  const read = useRef(onRead);
  useEffect(() => {
    read.current = onRead;
  }, [onRead]);

  // Leaving the page turns the camera off, even while it is still starting.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      stopRef.current();
    };
  }, []);

  async function start() {
    setProblem(null);
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem('door.scan.insecure');
      return;
    }
    setState('starting');
    let stream: MediaStream;
    let decode: typeof import('jsqr').default;
    try {
      [stream, decode] = await Promise.all([
        navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false }),
        import('jsqr').then((module) => module.default),
      ]);
    } catch (error) {
      if (mounted.current) {
        setState('off');
        setProblem(cameraProblem(error));
      }
      return;
    }
    const element = video.current;
    let frame = 0;
    let stopped = false;
    const stop = () => {
      stopped = true;
      cancelAnimationFrame(frame);
      stream.getTracks().forEach((track) => track.stop());
      if (element) element.srcObject = null;
      window.removeEventListener('pagehide', stop);
    };
    if (!mounted.current || !element) return stop();
    // From here on, whoever stops the scanner (a press, leaving the page) stops this stream.
    stopRef.current = stop;
    window.addEventListener('pagehide', stop);
    element.srcObject = stream;
    await element.play().catch(() => undefined);
    if (stopped) return;
    setState('on');

    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    let busy = false;
    let last: string | null = null;
    let empty = 0;
    const tick = () => {
      if (stopped) return;
      frame = requestAnimationFrame(tick);
      if (busy || !context || element.readyState < element.HAVE_CURRENT_DATA || !element.videoWidth) return;
      const scale = Math.min(1, MAX_WIDTH / element.videoWidth);
      canvas.width = Math.round(element.videoWidth * scale);
      canvas.height = Math.round(element.videoHeight * scale);
      context.drawImage(element, 0, 0, canvas.width, canvas.height);
      const found = decode(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height, { inversionAttempts: 'dontInvert' });
      if (!found?.data) {
        if (++empty >= FORGET_AFTER_EMPTY_FRAMES) last = null;
        return;
      }
      empty = 0;
      // The same code stays in view for many frames: it is read once.
      if (found.data === last) return;
      last = found.data;
      busy = true;
      void read.current(found.data).finally(() => {
        busy = false;
      });
    };
    frame = requestAnimationFrame(tick);
  }

  function stop() {
    stopRef.current();
    stopRef.current = () => undefined;
    setState('off');
  }

  return (
    <div className="qr-scanner">
      <button type="button" className="button button-secondary" aria-disabled={state === 'starting' || undefined} onClick={() => (state === 'off' ? void start() : state === 'on' && stop())}>
        {state === 'off' ? t('door.scan.start') : t('door.scan.stop')}
      </button>
      {state === 'starting' && <p className="muted">{t('door.scan.starting')}</p>}
      {state === 'on' && <p className="hint">{t('door.scan.looking')}</p>}
      <video ref={video} className="qr-scanner-video" hidden={state !== 'on'} aria-label={t('door.scan.view')} muted playsInline />
      {problem && (
        <p className="error-text" role="alert">
          {t(problem)}
        </p>
      )}
    </div>
  );
}

/** Why the camera did not start, as the browser says it (DOMException names). */
function cameraProblem(error: unknown): Problem {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'door.scan.denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'door.scan.noCamera';
  return 'door.scan.failed';
}
