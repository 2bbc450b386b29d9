import type { Entities } from '../../article/article-schema';
import type { EntityRegistry } from './entity-registry';

/** People, organisations and places, each list most mentioned first (ties: first mentioned first). */
export function listEntities(registry: EntityRegistry): Entities {
  const ranked = [...registry.entities].sort(
    (a, b) => b.mentions.length - a.mentions.length || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
  const names = (kind: 'person' | 'organisation' | 'place'): string[] => [
    ...new Set(ranked.filter((entity) => entity.kind === kind).map((entity) => entity.name)),
  ];
  return { people: names('person'), organisations: names('organisation'), places: names('place') };
}
