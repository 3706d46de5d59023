package org.newslens.analyzers.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The calendar days a TIMEX3 date value covers: a day, an ISO week, a month, a quarter or a year. */
final class TimexRange {

    record Range(LocalDate from, LocalDate to) {
    }

    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(?:-WE)?$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");

    private TimexRange() {
    }

    static Optional<Range> of(String value) {
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return Optional.of(new Range(day, day));
            }
            m = WEEK.matcher(value);
            if (m.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(DayOfWeek.MONDAY);
                return Optional.of(new Range(monday, monday.plusDays(6)));
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return Optional.of(new Range(month.atDay(1), month.atEndOfMonth()));
            }
            m = QUARTER.matcher(value);
            if (m.matches()) {
                int firstMonth = (Integer.parseInt(m.group(2)) - 1) * 3 + 1;
                YearMonth start = YearMonth.of(Integer.parseInt(m.group(1)), firstMonth);
                return Optional.of(new Range(start.atDay(1), start.plusMonths(2).atEndOfMonth()));
            }
            m = YEAR.matcher(value);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                return Optional.of(new Range(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
        } catch (RuntimeException invalid) {
            // A value such as 2016-02-30 from a misread expression: no range rather than a wrong one.
        }
        return Optional.empty();
    }
}
