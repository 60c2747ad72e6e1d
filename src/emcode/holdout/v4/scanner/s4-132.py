import psycopg2

DB_PASSWORD = "postgres123!"

conn = psycopg2.connect(host="10.0.0.5", dbname="billing", user="billing_app", password=DB_PASSWORD)


def overdue_invoices(days):
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM invoices WHERE due < now() - interval '%s days'", (days,))
        return [r[0] for r in cur.fetc