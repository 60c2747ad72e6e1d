import psycopg2
from psycopg2 import sql

COLUMNS = {"name", "email", "city"}


def find_customers(conn, column, value):
    if column not in COLUMNS:
        raise ValueError(f"cannot filter on {column!r}")
    query = sql.SQL("SELECT id, name FROM customers WHERE {} = %s").format(sql.Identifier(column))
    with conn.cursor() as cur:
        cur.execute(query, (value,))
        return cur.fetchall()


if __name__ == "__main__":
    import sys
    with psycopg2.connect("dbname=crm") as c:
        print(find_customers(c, sys.argv[1], sys.argv[2]))
