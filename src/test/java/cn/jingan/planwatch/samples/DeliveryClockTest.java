package cn.jingan.planwatch.samples;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.catalog.Period;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryClockTest {

    @Test
    void deliversEveryReturnAfterItsPeriodMostlyOnTimeAndSometimesLate() {
        // given
        DeliveryClock clock = new DeliveryClock(SampleInputsGenerator.SEED);
        List<Boolean> late = new ArrayList<>();

        // when
        for (Period p = Period.quarter(2020, 1); p.compareTo(Period.quarter(2024, 2)) <= 0; p = p.next()) {
            Instant received = clock.receivedAt("greening", p, 15);
            assertThat(received).isAfter(p.endDate().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            late.add(DeliveryClock.isLate(p, 15, received));
        }

        // then
        assertThat(late).contains(true, false);
        assertThat(late.stream().filter(l -> l).count()).isLessThan(late.size() / 2);
    }

    @Test
    void countsAReturnOnItsDueDayInShanghaiAsOnTime() {
        // given
        Period quarter = Period.quarter(2024, 1);

        // then
        assertThat(DeliveryClock.isLate(quarter, 15, Instant.parse("2024-04-15T15:59:00Z"))).isFalse();
        assertThat(DeliveryClock.isLate(quarter, 15, Instant.parse("2024-04-15T16:01:00Z"))).isTrue();
    }
}
