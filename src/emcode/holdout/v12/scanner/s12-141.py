import argparse
import os
from urllib.parse import urlsplit, urlunsplit
import psycopg2


def masked(dsn: str) -> str:
    parts = urlsplit(dsn)
    if parts.password:
        netloc = parts.netloc.replace(":" + parts.password + "@", ":***@")
        parts = parts._replace(netloc=netloc)
    return urlunsplit(parts)


def main():
    ap = argparse.ArgumentParser(description="Apply SQL migrations")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    dsn = os.environ["DATABASE_URL"]
    print("connecting to", masked(dsn))
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        for path in args.files:
            with open(path, encoding="utf-8") as fh:
                cur.execute(fh.read())
            print("applied", os.path.basename(path))


if __name__ == "__main__":
    main()
