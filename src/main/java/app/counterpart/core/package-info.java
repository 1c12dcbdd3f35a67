/**
 * The domain and its use cases. Pure Java: no JavaFX, no jOOQ, no java.sql, no files or network.
 * Repository interfaces live here; the store layer implements them.
 */
package app.counterpart.core;
