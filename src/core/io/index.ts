/**
 * The way in and out: `docker run` lines, compose files, shell scripts and the
 * listings as files. Pure like the rest of the core, but a separate entry, so
 * the app loads these parsers only when someone imports or exports.
 */
export { type ComposeImport, type ComposeOptions, exportCompose, importCompose } from './compose'
export {
  type DockerRunImport,
  type DockerRunOptions,
  type IgnoredFlag,
  type ImageDefaults,
  type ImageLookup,
  type ImportProblem,
  importDockerRun,
} from './dockerRun'
export { type EnvFile, exportEnvFiles, exportIptablesSave } from './listings'
export { exportScript } from './script'
