/** The Node shell around `main`: real files, stdin and exit code. Run with tsx (`npm run derive`). */
import { readFile } from 'node:fs/promises'
import { text } from 'node:stream/consumers'
import { main } from './derive'

// exitCode, not exit(): a long report still finishes writing into a pipe.
process.exitCode = await main(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  readStdin: () => text(process.stdin),
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
})
