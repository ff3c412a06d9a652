iplos-sum --on 2024-01-01 --across sex x.csv; iplos-sum --on 2024-01-01 --by sex --across sex --wide x.csv; iplos-sum --on 2024-01-01 --by service --across service x.csv
