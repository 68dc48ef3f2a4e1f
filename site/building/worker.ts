/** A worker of the build's pool (piscina): loads, checks and renders the town of one task. */
import { buildTown, type TownTask } from './town-renderer.js';

export default function townTask(task: TownTask) {
  return buildTown(task);
}
