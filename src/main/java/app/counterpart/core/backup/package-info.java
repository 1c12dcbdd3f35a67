/** Backups of the shop's store as a person sees them: names, reasons, which to keep. */
package app.counterpart.core.backup;
