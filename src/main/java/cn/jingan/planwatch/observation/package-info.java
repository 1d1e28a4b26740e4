/**
 * The shared model of an accepted value: {@link cn.jingan.planwatch.observation.Observation}, what validation
 * produces and the lake stores, and {@link cn.jingan.planwatch.observation.PreviousValues}, what validation asks
 * of the values already held.
 */
package cn.jingan.planwatch.observation;
