-- trend --measures change_pct: each value against the series' previous
-- one, in per cent of its absolute value.
COPY (
SELECT unit, period, value,
    (value - lag(value) OVER w) / abs(lag(value) OVER w) * 100 AS change_pct
FROM read_csv('$FILE', header = true, columns = {
    'unit': 'VARCHAR', 'period': 'VARCHAR', 'value': 'DOUBLE'})
WINDOW w AS (PARTITION BY unit ORDER BY period)
ORDER BY unit, period
) TO '$OUT' (HEADER, DELIMITER ',');
