import os

import psycopg2

conn = psycopg2.connect(
    host="db.harbourline.internal",
    dbname="terminal",
    user="ops",
    password=os.environ["TERMINAL_DB_PASSWORD"],
)


def containers_on_berth(berth):
    with conn.cursor() as cur:
        cur.execute("SELECT container_id FROM containers WHERE berth = %s", (berth,))
        return [r[0] for r in cur.fetc