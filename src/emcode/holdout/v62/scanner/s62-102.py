import psycopg2
import requests

DB_DSN = "dbname=bakery user=bakery password=Kn3ad1ngT1me! host=db.internal"
BILLING_KEY = "sk_live_51HcQeJ2v9rLw8xYpT0aZ"


def renew_all():
    con = psycopg2.connect(DB_DSN)
    with con, con.cursor() as cur:
        cur.execute("SELECT customer_ref FROM subscriptions WHERE renews_on = CURRENT_DATE")
        for (ref,) in cur.fetchall():
            requests.post("https://api.billing.example/v1/renew", data={"customer": ref},
                          auth=(BILLING_KEY, ""), timeout=10)


if __name__ == "__main__":
    renew_all()
