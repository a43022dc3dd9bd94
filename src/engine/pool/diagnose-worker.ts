/**
 * Names the pattern that made a file run past its deadline (engine/pool/diagnose.ts): started ahead
 * and idle until a file is handed over, it tries each pattern of the user's rule sets alone on the
 * file's lines and on its whole text, writing the number of the pattern it is on into shared memory
 * first. The main thread stops this worker at the deadline and reads that number: the pattern
 * still running then is the slow one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadFile, loadInMemory } from '../../load/index.js';
import type { DiagnoseData } from './diagnose.js';
import type { GuardJob } from './guard.js';

const { load, patterns, shared } = workerData as DiagnoseData;
const at = new Int32Array(shared);
const port = parentPort!;
port.on('message', (job: GuardJob) => void diagnose(job));

async function diagnose(job: GuardJob): Promise<void> {
  Atomics.store(at, 0, 0);
  const loaded = 'bytes' in job ? await loadInMemory(job.path, job.bytes, load) : await loadFile(job.file, load);
  const lines = loaded.ok ? loaded.source.lines : [];
  const text = lines.join('\n');
  port.postMessage('started');
  patterns.forEach(({ source, flags }, i) => {
    Atomics.store(at, 0, i + 1);
    // Without g or y, test() starts at 0 every time: each line is tried from its start, as the matcher does.
    const re = new RegExp(source, flags.replace(/[gy]/g, ''));
    for (const line of lines) re.test(line);
    re.test(text);
  });
  Atomics.store(at, 0, -1);
  port.postMessage('done');
}
