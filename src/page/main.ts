/** The page's script: reads the data `reportlint page` embedded and starts the page. */
import type { PageData } from './data.js';
import { PageEngine } from './engine.js';
import { startPage } from './ui.js';

const data = JSON.parse(document.getElementById('reportlint-data')!.textContent!) as PageData;
const engine = new PageEngine(data);
startPage(document.getElementById('app')!, engine);
