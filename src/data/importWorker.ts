import {importFiles, type ImportBase, type ImportFile} from './importData';

/** Message the page sends: the files to load and what they can draw on. */
export interface ImportRequest {
  files: ImportFile[];
  base: ImportBase;
}

/** Messages the worker sends back: progress, then the result or an error. */
export type ImportMessage =
  | {type: 'progress'; stage: string; done: number; total: number}
  | {type: 'done'; result: ReturnType<typeof importFiles>}
  | {type: 'error'; message: string};

const scope = self as unknown as {
  postMessage(m: ImportMessage): void;
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
};

// Parsing and validation run here, off the page's main thread, so large files never freeze it.
scope.onmessage = (e) => {
  try {
    const result = importFiles(e.data.files, e.data.base, (stage, done, total) =>
      scope.postMessage({type: 'progress', stage, done, total}),
    );
    scope.postMessage({type: 'done', result});
  } catch (err) {
    scope.postMessage({type: 'error', message: String(err)});
  }
};
