// Writes the seeded synthetic samples: `npm run sample` refreshes public/samples/customers.{csv,xlsx};
// `npm run sample -- --variant mixed --rows 1000000 --out big.csv` makes benchmark inputs.
import { fileURLToPath } from 'node:url';
import { parseGeneratorArgs, USAGE } from './customers/cliArgs';
import { tableFor, writeCsvFile, writeXlsxFile } from './customers/writeTableFiles';

const SAMPLES_DIR = fileURLToPath(new URL('../public/samples/', import.meta.url));

function writeOne(path: string, write: () => void): void {
  const started = performance.now();
  write();
  console.log(`wrote ${path} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

function main(): number {
  const args = parseGeneratorArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(`${args}\n${USAGE}`);
    return 1;
  }
  const { rows, seed, variant, out } = args;
  if (out === null) {
    const csvPath = `${SAMPLES_DIR}${variant}.csv`;
    const xlsxPath = `${SAMPLES_DIR}${variant}.xlsx`;
    writeOne(csvPath, () => writeCsvFile(tableFor(variant, seed), rows, csvPath));
    writeOne(xlsxPath, () => writeXlsxFile(tableFor(variant, seed), rows, xlsxPath, variant));
  } else if (out.toLowerCase().endsWith('.csv')) {
    writeOne(out, () => writeCsvFile(tableFor(variant, seed), rows, out));
  } else {
    writeOne(out, () => writeXlsxFile(tableFor(variant, seed), rows, out, variant));
  }
  return 0;
}

process.exitCode = main();
