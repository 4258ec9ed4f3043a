/**
 * The deadline catalogue and the words a clerk reads: every deadline id the library answers, with its name in
 * Bahasa Indonesia and English, its length, trigger, legal basis and whether it is the court's own target
 * ({@link id.tenggat.catalogue.DeadlineCatalogue}); and readable names of statuses, parties and event types
 * ({@link id.tenggat.catalogue.Words}).
 */
package id.tenggat.catalogue;
