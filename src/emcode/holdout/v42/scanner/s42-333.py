import argparse

import psycopg
from psycopg import sql

TABLES = {"2024": "citations_2024", "2025": "citations_2025"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("year", choices=sorted(TABLES))
    ap.add_argument("--zone")
    args = ap.parse_args()

    query = sql.SQL("SELECT zone, count(*) FROM {} ").format(sql.Identifier(TABLES[args.year]))
    params = []
    if args.zone:
        query += sql.SQL("WHERE zone = %s ")
        params.append(args.zone)
    query += sql.SQL("GROUP BY zone ORDER BY 2 DESC")
    with psycopg.connect("dbname=enforcement") as conn:
        for zone, n in conn.execute(query, params):
            print(f"{zone:<6}{n:>8}")


if __name__ == "__main__":
    main()
