/** Premultiplied RGBA in 0…1 of a `#rrggbb` colour at an opacity. */
export function premultiplied(hex: string, opacity: number): [number, number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  const c = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => (v / 255) * opacity);
  return [c[0] ?? 0, c[1] ?? 0, c[2] ?? 0, opacity];
}

/** A vertex buffer holding `data` (bound), or empty until data is given. */
export function createBuffer(gl: WebGL2RenderingContext, data: BufferSource | null): WebGLBuffer {
  const b = gl.createBuffer();
  gl.bindBuffer(gl.ARRAY_BUFFER, b);
  if (data) gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
  return b;
}

/**
 * Vertex data of quads drawn as two triangles: every item of `size` numbers repeated for the six
 * vertices of its quad.
 */
export function repeatForQuads(items: Float32Array, size: number): Float32Array<ArrayBuffer> {
  const n = items.length / size;
  const out = new Float32Array(n * 6 * size);
  for (let i = 0; i < n; i++) {
    const item = items.subarray(i * size, (i + 1) * size);
    for (let v = 0; v < 6; v++) out.set(item, (i * 6 + v) * size);
  }
  return out;
}

/** A program and the locations of its uniforms. */
export interface Program {
  program: WebGLProgram;
  u: (name: string) => WebGLUniformLocation | null;
}

/**
 * Compiles and links a program, with a lookup of its uniform locations that asks WebGL once a
 * name. Nothing here waits for the GPU: the program's status is asked for at the first lookup, by
 * when software WebGL has compiled it beside the page's other work. A program that failed throws
 * there, with the log of its shader or link and `what` naming the layer.
 */
export function createProgram(
  gl: WebGL2RenderingContext,
  vs: string,
  fs: string,
  what = 'layer',
): Program {
  const program = gl.createProgram();
  const shaders = [
    [gl.VERTEX_SHADER, vs],
    [gl.FRAGMENT_SHADER, fs],
  ].map(([type, source]) => {
    const shader = gl.createShader(type as number);
    if (!shader) throw new Error(`${what}: cannot create a shader`);
    gl.shaderSource(shader, source as string);
    gl.compileShader(shader);
    gl.attachShader(program, shader);
    return shader;
  });
  gl.linkProgram(program);
  let checked = false;
  const check = () => {
    checked = true;
    if (gl.getProgramParameter(program, gl.LINK_STATUS) || gl.isContextLost()) return;
    const failed = shaders.find((sh) => !gl.getShaderParameter(sh, gl.COMPILE_STATUS));
    const log = failed ? gl.getShaderInfoLog(failed) : gl.getProgramInfoLog(program);
    throw new Error(
      `${what}: ${log || (failed ? 'shader does not compile' : 'program does not link')}`,
    );
  };
  const known = new Map<string, WebGLUniformLocation | null>();
  return {
    program,
    u(name) {
      if (!checked) check();
      let l = known.get(name);
      if (l === undefined) known.set(name, (l = gl.getUniformLocation(program, name)));
      return l;
    },
  };
}

/**
 * Resolves once the GPU has carried out every command given to a context so far, polled without
 * blocking: software WebGL may still be drawing a frame the map has finished issuing.
 */
export function whenRendered(gl: WebGLRenderingContext | WebGL2RenderingContext): Promise<void> {
  if (!('fenceSync' in gl)) return Promise.resolve();
  const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!sync) return Promise.resolve();
  gl.flush();
  return new Promise((resolve) => {
    const poll = () => {
      // A lost context has nothing left to draw (and answers no status).
      if (!gl.isContextLost() && gl.getSyncParameter(sync, gl.SYNC_STATUS) !== gl.SIGNALED) {
        setTimeout(poll, 4);
        return;
      }
      gl.deleteSync(sync);
      resolve();
    };
    poll();
  });
}
