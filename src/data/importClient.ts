import type {ImportBase, ImportFile, ImportResult} from './importData';
import type {ImportMessage} from './importWorker';

/** Loads files in a Web Worker, reporting progress as a fraction from 0 to 1. */
export function runImport(
  files: ImportFile[],
  base: ImportBase,
  onProgress: (stage: string, fraction: number) => void,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), {type: 'module'});
    worker.onmessage = (e: MessageEvent<ImportMessage>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m.stage, m.total ? m.done / m.total : 0);
      else {
        worker.terminate();
        if (m.type === 'done') resolve(m.result);
        else reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the import worker failed'));
    };
    worker.postMessage({files, base});
  });
}
