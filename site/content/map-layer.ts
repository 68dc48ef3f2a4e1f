/**
 * Rules for a town's `map.geojson` that its schema cannot say: every position inside China (so
 * swapped lng/lat is caught) and no administrative boundary without the town's map review
 * number (审图号): a published map that shows boundaries needs one.
 */
import { boundsWords, isInChina, sayFor } from './rules.js';
import { formatJsonPath, type Problem } from './problems.js';
import type { JsonFile } from './json-file.js';
import type { Town, TownMapLayer } from '../../domain/model.js';

type Path = (string | number)[];

function at(json: JsonFile, path: Path): Pick<Problem, 'file' | 'path' | 'line' | 'column'> {
  return { file: json.file, path: formatJsonPath(path), ...json.locate(path) };
}

/** Every position of a geometry with its JSON path, however deeply nested. */
function* positions(coordinates: unknown, path: Path): Generator<[number[], Path]> {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === 'number') {
    yield [coordinates as number[], path];
    return;
  }
  for (const [i, child] of coordinates.entries()) yield* positions(child, [...path, i]);
}

export function checkMapLayer(json: JsonFile, layer: TownMapLayer, town: Town | undefined): Problem[] {
  const problems: Problem[] = [];
  const say = sayFor(json);
  for (const [i, feature] of layer.features.entries()) {
    // One problem per feature: a whole road typed lat-first would otherwise list every point.
    for (const [position, path] of positions(feature.geometry.coordinates, ['features', i, 'geometry', 'coordinates'])) {
      const [lng, lat] = position as [number, number];
      if (isInChina({ lng, lat })) continue;
      const swapped = isInChina({ lng: lat, lat: lng });
      problems.push({
        ...at(json, path),
        message: say('outsideChinaPosition'),
        expected: say('outsideChinaPositionExpected', boundsWords()),
        found: `[${lng}, ${lat}]`,
        fix: say(swapped ? 'geojsonSwappedFix' : 'geojsonProjectedFix'),
      });
      break;
    }
    if (feature.properties.kind === 'boundary' && town && !town.mapReviewNumber) {
      problems.push({
        ...at(json, ['features', i, 'properties', 'kind']),
        message: say('boundaryNeedsReview'),
        expected: say('boundaryNeedsReviewExpected'),
        found: say('boundaryNeedsReviewFound'),
        fix: say('boundaryNeedsReviewFix'),
      });
    }
  }
  return problems;
}
