/**
 * The head-office server: the HTTP API of docs/sync-protocol.md over its own store, SQLite or
 * PostgreSQL through the same jOOQ code. Uses core and sync.protocol only.
 */
package app.counterpart.hq;
