/**
 * The sync wire format, version 1: records, limits and the JSON/gzip codec shared by the shop client
 * ({@code sync.client}) and head office ({@code hq}). docs/sync-protocol.md is its prose.
 */
package app.counterpart.sync.protocol;
