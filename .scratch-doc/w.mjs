import { Worker, MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const require = createRequire(import.meta.url);
const urls = ['unified','rehype-parse'].map(p => pathToFileURL(require.resolve(p)).href);
const code = `
const { workerData } = require('node:worker_threads');
(async () => {
  const { port, flag, urls, source } = workerData;
  try {
    const [{unified}, {default: rehypeParse}] = await Promise.all(urls.map(u => import(u)));
    const tree = unified().use(rehypeParse).parse(source);
    let n = 0; const stack=[tree]; while (stack.length) { const x = stack.pop(); n++; if (x.children) stack.push(...x.children); }
    port.postMessage({ n });
  } catch (e) { port.postMessage({ error: String(e) }); }
  Atomics.store(flag, 0, 1); Atomics.notify(flag, 0);
})();`;
const { port1, port2 } = new MessageChannel();
const flag = new Int32Array(new SharedArrayBuffer(4));
const t0 = Date.now();
const w = new Worker(code, { eval: true, workerData: { port: port2, flag, urls, source: '<div>'.repeat(100000)+'hi' }, transferList: [port2], resourceLimits: { stackSizeMb: 256 } });
Atomics.wait(flag, 0, 0, 60000);
console.log(receiveMessageOnPort(port1), Date.now()-t0);
w.terminate();
