import type { Entities } from '../../article/article-schema';
import type { EntityRegistry } from './entity-registry';

/** People, organisations and places, each list most mentioned first (ties: first mentioned first). */
export function listEntities(registry: EntityRegistry): Entities {
  const ranked = [...registry.entities].sort(
    (a, b) => b.mentions.length - a.mentions.length || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
  const names = (kind: 'person' | 'organisation' | 'place'): string[] => [
    ...new Set(ranked.filter((entity) => entity.kind === kind).map((entity) => listedName(entity.name))),
  ];
  return { people: names('person'), organisations: names('organisation'), places: names('place') };
}

/**
 * The name as a list shows it: an abbreviation's bracket the name ran into and never closed ("Japan International
 * Cooperation Agency (JICA") is left out. (Speakers read the name as found: an odd one is rarely a speaker's.)
 */
function listedName(name: string): string {
  return name.replace(/\s*\([^)]*$/u, '');
}
