/**
 * How bureaus reach their folders: one SFTP-only account per bureau, chrooted to its own {@code inbox/} and
 * {@code outbox/}; the OpenSSH configuration, folder layout and account commands for the catalog in use.
 */
package cn.jingan.planwatch.access;
