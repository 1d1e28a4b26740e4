/**
 * The plan's catalog (schemas/catalog/*.tsv): indicators, bureaus, areas, periods, units and the plan's time zone.
 * The contract with the outside world; everything else depends on it, it depends on nothing.
 */
package cn.jingan.planwatch.catalog;
