import argparse

import psycopg2
from psycopg2 import sql

TABLES = {"dogs": "animals_dogs", "cats": "animals_cats"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kind", choices=sorted(TABLES))
    ap.add_argument("--name")
    a = ap.parse_args()

    query = sql.SQL("SELECT id, name, intake_date FROM {}").format(sql.Identifier(TABLES[a.kind]))
    params = []
    if a.name:
        query = query + sql.SQL(" WHERE name ILIKE %s")
        params.append(f"%{a.name}%")
    query = query + sql.SQL(" ORDER BY intake_date DESC LIMIT 50")

    with psycopg2.connect(dbname="shelter") as conn, conn.cursor() as cur:
        cur.execute(query, params)
        for row in cur:
            print(*row, sep="\t")


if __name__ == "__main__":
    main()
