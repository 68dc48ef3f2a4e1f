/** A worker of the build's pool (piscina): renders the towns of one task. */
import { renderTowns, type RenderTask } from './town-renderer.js';

export default function renderTask(task: RenderTask) {
  return renderTowns(task);
}
