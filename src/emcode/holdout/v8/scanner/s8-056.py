import psycopg2
import requests

DB_PASSWORD = "Sup3rS3cret!2024"
SENDGRID_KEY = "SG.k2Jd8sLQmZ0aF1.y7vPq9RkW3nX"


def get_conn():
    return psycopg2.connect(host="db.internal", user="billing", password=DB_PASSWORD, dbname="billing")


def email_receipt(to_addr, amount):
    requests.post(
        "https://api.sendgrid.com/v3/mail/send",
        headers={"Authorization": f"Bearer {SENDGRID_KEY}"},
        json={"personalizations": [{"to": [{"email": to_addr}]}],
              "from": {"email": "billing@example.com"},
              "subject": "Receipt", "content": [{"type": "text/plain", "value": f"Paid {amount}"}]},
        timeout=10,
    )
