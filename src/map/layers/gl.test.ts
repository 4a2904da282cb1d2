import {describe, expect, it} from 'vitest';
import {whenRendered} from './gl';

/** A WebGL 2 context whose fence is signalled after `polls` checks of its status. */
function fakeContext(polls: number, lostAfter = Infinity) {
  const calls: string[] = [];
  const sync = {};
  let checks = 0;
  const gl = {
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    SYNC_STATUS: 0x9114,
    SIGNALED: 0x9119,
    UNSIGNALED: 0x9118,
    fenceSync: () => (calls.push('fence'), sync),
    flush: () => calls.push('flush'),
    isContextLost: () => checks >= lostAfter,
    getSyncParameter: (s: unknown) => {
      expect(s).toBe(sync);
      calls.push('status');
      return ++checks > polls ? 0x9119 : 0x9118;
    },
    deleteSync: (s: unknown) => {
      expect(s).toBe(sync);
      calls.push('delete');
    },
  };
  return {gl: gl as unknown as WebGL2RenderingContext, calls};
}

describe('whenRendered', () => {
  it('resolves once the fence is signalled, polling without blocking, and frees it', async () => {
    const {gl, calls} = fakeContext(3);
    let done = false;
    const p = whenRendered(gl).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    await p;
    expect(calls).toEqual(['fence', 'flush', 'status', 'status', 'status', 'status', 'delete']);
  });

  it('resolves when the context is lost while it waits', async () => {
    const {gl, calls} = fakeContext(Infinity, 2);
    await whenRendered(gl);
    expect(calls).toEqual(['fence', 'flush', 'status', 'status', 'delete']);
  });

  it('resolves at once on a context without fences', async () => {
    await expect(whenRendered({} as WebGLRenderingContext)).resolves.toBeUndefined();
  });
});
