import os
import sys
from urllib.parse import urlsplit, urlunsplit

import psycopg2


def masked(dsn: str) -> str:
    p = urlsplit(dsn)
    if p.password:
        netloc = p.netloc.replace(":" + p.password + "@", ":***@")
        return urlunsplit(p._replace(netloc=netloc))
    return dsn


def main():
    dsn = os.environ["DATABASE_URL"]
    print("connecting to", masked(dsn), file=sys.stderr)
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute("SELECT version()")
        print(cur.fetchone()[0])


if __name__ == "__main__":
    main()
