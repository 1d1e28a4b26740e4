/**
 * The folders of one installation under its data directory: inbox, outbox, archive, quarantine, lake,
 * warehouse and the pipeline's own state.
 */
package cn.jingan.planwatch.datadir;
