import psycopg2


def open_db():
    return psycopg2.connect(
        host="db.glacier-lab.internal",
        dbname="massbalance",
        user="field",
        password="Nunatak#2024!",
    )


if __name__ == "__main__":
    with open_db() as conn, conn.cursor() as cur:
        cur.execute("SELECT station, max(measured_at) FROM readings GROUP BY station")
        for row in cur.fetchall():
            print(*row)
