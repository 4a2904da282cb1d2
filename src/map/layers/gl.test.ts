import {describe, expect, it} from 'vitest';
import {createProgram, whenRendered} from './gl';

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

/** A WebGL 2 context that compiles and links as told, recording what it is asked. */
function fakeCompiler(vertexCompiles: boolean, links: boolean) {
  const calls: string[] = [];
  const shaders: {type: number}[] = [];
  const gl = {
    VERTEX_SHADER: 0x8b31,
    FRAGMENT_SHADER: 0x8b30,
    COMPILE_STATUS: 0x8b81,
    LINK_STATUS: 0x8b82,
    createProgram: () => ({}),
    createShader: (type: number) => {
      const sh = {type};
      shaders.push(sh);
      return sh;
    },
    shaderSource: () => undefined,
    compileShader: () => calls.push('compile'),
    attachShader: () => undefined,
    linkProgram: () => calls.push('link'),
    isContextLost: () => false,
    getProgramParameter: () => (calls.push('link status'), links),
    getShaderParameter: (sh: {type: number}) => (
      calls.push('compile status'),
      sh.type === 0x8b31 ? vertexCompiles : true
    ),
    getShaderInfoLog: (sh: {type: number}) => (sh.type === 0x8b31 ? "ERROR: 'u_x' undeclared" : ''),
    getProgramInfoLog: () => 'varyings do not match',
    getUniformLocation: (_p: unknown, name: string) => (calls.push(`uniform ${name}`), {name}),
  };
  return {gl: gl as unknown as WebGL2RenderingContext, calls, shaders};
}

describe('createProgram', () => {
  it('asks nothing of the GPU until its first uniform, then checks the link once', () => {
    const {gl, calls} = fakeCompiler(true, true);
    const p = createProgram(gl, 'vs', 'fs', 'arc layer');
    expect(calls).toEqual(['compile', 'compile', 'link']);
    expect(p.u('u_a')).toEqual({name: 'u_a'});
    p.u('u_a');
    p.u('u_b');
    expect(calls.slice(3)).toEqual(['link status', 'uniform u_a', 'uniform u_b']);
  });

  it('throws at first use with the layer and the log of the shader that failed', () => {
    const {gl} = fakeCompiler(false, false);
    const p = createProgram(gl, 'vs', 'fs', 'arc layer');
    expect(() => p.u('u_a')).toThrow("arc layer: ERROR: 'u_x' undeclared");
  });

  it('throws with the link log when every shader compiled', () => {
    const {gl} = fakeCompiler(true, false);
    expect(() => createProgram(gl, 'vs', 'fs', 'place layer').u('u_a')).toThrow(
      'place layer: varyings do not match',
    );
  });
});
