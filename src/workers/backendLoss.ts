import * as tf from '@tensorflow/tfjs-core';

/** A GPU backend that went away while a network trained. */
export interface BackendLoss {
  readonly backend: string;
  readonly detail: string;
}

// Only what is read from tfjs's backends (MathBackendWebGL.gpgpu.gl, WebGPUBackend.device).
interface WebglParts {
  readonly gpgpu: { readonly gl: WebGLRenderingContext | WebGL2RenderingContext };
}
interface WebgpuParts {
  readonly device: {
    readonly lost: Promise<{ readonly reason: string; readonly message: string }>;
    destroy(): void;
  };
}

const POLL_MS = 200;

/** A running watch: `stop` ends it; `checkNow` looks once, synchronously, before a result is trusted. */
export interface BackendWatcher {
  readonly stop: () => void;
  readonly checkNow: () => void;
}

function watchWebgl(
  gl: WebglParts['gpgpu']['gl'],
  report: (detail: string) => void,
): BackendWatcher {
  // The event is the browser's own signal; the poll covers a loss whose event has not run yet.
  const onLost = () => report('webglcontextlost');
  const checkNow = () => {
    if (gl.isContextLost()) report('the WebGL context reports isContextLost()');
  };
  gl.canvas.addEventListener('webglcontextlost', onLost);
  const timer = setInterval(checkNow, POLL_MS);
  const stop = () => {
    clearInterval(timer);
    gl.canvas.removeEventListener('webglcontextlost', onLost);
  };
  return { stop, checkNow };
}

function watchWebgpu(
  device: WebgpuParts['device'],
  report: (detail: string) => void,
): BackendWatcher {
  let watching = true;
  void device.lost.then((info) => {
    if (watching)
      report(`the WebGPU device was lost (${info.reason || 'unknown'}: ${info.message})`);
  });
  return {
    stop: () => {
      watching = false;
    },
    checkNow: () => {},
  };
}

/**
 * Watches the active tfjs backend's WebGL context or WebGPU device and calls `onLost` once if it
 * is lost; other backends cannot be lost.
 */
export function watchActiveBackend(onLost: (loss: BackendLoss) => void): BackendWatcher {
  const backend = tf.getBackend();
  let reported = false;
  const report = (detail: string) => {
    if (reported) return;
    reported = true;
    onLost({ backend, detail });
  };
  if (backend === 'webgl') {
    return watchWebgl((tf.backend() as unknown as WebglParts).gpgpu.gl, report);
  }
  if (backend === 'webgpu') {
    return watchWebgpu((tf.backend() as unknown as WebgpuParts).device, report);
  }
  return { stop: () => {}, checkNow: () => {} };
}

/**
 * Test hook (fault injection): really loses the active backend's GPU context, through the
 * WEBGL_lose_context extension on tfjs's own context or by destroying its WebGPU device.
 */
export function loseActiveBackend(): void {
  const backend = tf.getBackend();
  if (backend === 'webgl') {
    const { gl } = (tf.backend() as unknown as WebglParts).gpgpu;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  } else if (backend === 'webgpu') {
    (tf.backend() as unknown as WebgpuParts).device.destroy();
  }
}

/** The backend tfjs is running, or null before any is active. */
export function activeBackendName(): string | null {
  try {
    return tf.getBackend() ?? null;
  } catch {
    return null;
  }
}
