/**
 * The command line: one picocli command per verb; starts the Spring context only for commands that run jobs.
 */
package cn.jingan.planwatch.cli;
