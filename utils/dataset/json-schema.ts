import { z } from 'zod';
import { ActorsFile, OutletsFile, PackFile, StoryFile } from './schema';

/** The JSON Schemas editors get completion and checking from, one per kind of source file, generated from the zod schema. */
export function jsonSchemas(): Record<string, unknown> {
  const schema = (type: z.ZodType, title: string, description: string) => ({
    ...z.toJSONSchema(type, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    title,
    description,
  });
  return {
    'outlets.schema.json': schema(OutletsFile, 'Tilsvar outlets', 'data/outlets.json: the news outlets the dataset refers to.'),
    'actors.schema.json': schema(ActorsFile, 'Tilsvar actors', 'data/actors.json: organisations and people, with roles and aliases.'),
    'story.schema.json': schema(StoryFile, 'Tilsvar story', 'data/stories/<id>.json: one story with its articles, responses and events.'),
    'pack.schema.json': schema(PackFile, 'Tilsvar pack', 'A pack: stories, outlets and actors with a header, imported on the options page.'),
  };
}
