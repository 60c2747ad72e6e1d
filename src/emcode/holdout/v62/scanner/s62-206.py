import os

import psycopg2
import requests


def renew_all():
    con = psycopg2.connect(os.environ["BAKERY_DSN"])
    key = os.environ["BILLING_KEY"]
    with con, con.cursor() as cur:
        cur.execute("SELECT customer_ref FROM subscriptions WHERE renews_on = CURRENT_DATE")
        for (ref,) in cur.fetchall():
            requests.post("https://api.billing.example/v1/renew", data={"customer": ref},
                          auth=(key, ""), timeout=10)


if __name__ == "__main__":
    renew_all()
