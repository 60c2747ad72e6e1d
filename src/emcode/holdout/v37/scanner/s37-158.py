import psycopg2


def main():
    conn = psycopg2.connect(host="db.seedbank.local", dbname="vault", user="vault_admin", password="S33dV@ult!2023")
    with conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM accessions")
        print(cur.fetchone()[0], "accessions")


if __name__ == "__main__":
    main()
