/** The local SQLite store through jOOQ: migrations, repository implementations, rollups, outbox. */
package app.counterpart.store;
