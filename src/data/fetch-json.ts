import { DataMalformed, DataNotFound, DataUnavailable } from './data-errors';

/** GETs a data file and parses it, turning every failure into one of the three data errors. */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataUnavailable(url, null);
  }
  if (response.status === 404 || response.status === 410) throw new DataNotFound(url);
  if (!response.ok) throw new DataUnavailable(url, response.status);
  const text = await response.text();
  // A static host that answers every path with the app's page means the file is not there.
  if (/^\s*<!doctype html/i.test(text)) throw new DataNotFound(url);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataMalformed(url, 'it is not valid JSON');
  }
}
