/**
 * The intake job: recover the lake, read, validate and answer the inbox's returns chunk by chunk, compact the
 * lake, publish the warehouse. Its reader, processor and writer are thin adapters over {@code intake}.
 */
package cn.jingan.planwatch.jobs.intake;
