import psycopg2
from psycopg2 import sql

ALLOWED = {"hostname", "rack", "owner"}


def find_servers(conn, field: str, value: str):
    """Look servers up by one of a few inventory columns."""
    if field not in ALLOWED:
        raise ValueError(f"cannot filter on {field!r}")
    query = sql.SQL("SELECT id, hostname, rack FROM servers WHERE {col} = %s").format(col=sql.Identifier(field))
    with conn.cursor() as cur:
        cur.execute(query, (value,))
        return cur.fetchall()


if __name__ == "__main__":
    import sys

    with psycopg2.connect(dbname="inventory") as c:
        for row in find_servers(c, sys.argv[1], sys.argv[2]):
            print(*row)
