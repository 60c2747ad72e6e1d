import os

import psycopg2
import requests


def _need(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"environment variable {name} is not set")
    return value


def get_conn():
    return psycopg2.connect(host=os.environ.get("DB_HOST", "db.internal"), user="billing",
                            password=_need("BILLING_DB_PASSWORD"), dbname="billing")


def email_receipt(to_addr: str, amount: str) -> None:
    requests.post("https://api.sendgrid.com/v3/mail/send",
                  headers={"Authorization": f"Bearer {_need('SENDGRID_KEY')}"},
                  json={"personalizations": [{"to": [{"email": to_addr}]}],
                        "from": {"email": "billing@example.com"}, "subject": "Receipt",
                        "content": [{"type": "text/plain", "value": f"Paid {amount}"}]},
                  timeout=10)
