-- kostra-compare --focus 5037 --ref EKG09 --variable var07, every unit's
-- row: the value, its difference from the reference (and in per cent of
-- the reference's absolute value), its rank among the municipalities
-- (highest first, equal values sharing a rank) and how many were ranked,
-- and the mean of the municipalities but negative values.
COPY (
WITH d AS (
    SELECT unit, period, value
    FROM read_csv('$FILE', header = true, columns = {
        'unit': 'VARCHAR', 'label': 'VARCHAR', 'variable': 'VARCHAR',
        'period': 'INTEGER', 'value': 'DOUBLE', 'status': 'VARCHAR'})
    WHERE variable = 'var07'),
ref AS (SELECT period, value AS rv FROM d WHERE unit = 'EKG09'),
m AS (SELECT unit, period, value FROM d
      WHERE length(unit) = 4 AND value IS NOT NULL),
r AS (SELECT unit, period,
          rank() OVER (PARTITION BY period ORDER BY value DESC) AS rank,
          count(*) OVER (PARTITION BY period) AS rank_of
      FROM m),
pm AS (SELECT period, avg(value) AS peer_mean FROM m WHERE value >= 0
       GROUP BY period)
SELECT d.unit, d.period, d.value, d.value - ref.rv AS diff_ref,
    (d.value - ref.rv) / abs(ref.rv) * 100 AS diff_ref_pct, r.rank,
    r.rank_of, pm.peer_mean
FROM d LEFT JOIN ref USING (period) LEFT JOIN r USING (unit, period)
    LEFT JOIN pm USING (period)
ORDER BY d.unit, d.period
) TO '$OUT' (HEADER, DELIMITER ',');
