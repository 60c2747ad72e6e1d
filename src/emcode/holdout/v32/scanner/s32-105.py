import psycopg2


def main():
    conn = psycopg2.connect(host="db.legal.internal", dbname="cases", user="reporter", password="Tr1al#Ready!")
    with conn, conn.cursor() as cur:
        cur.execute("SELECT status, count(*) FROM cases GROUP BY status")
        for status, n in cur.fetchall():
            print(f"{status:<12}{n}")


if __name__ == "__main__":
    main()
