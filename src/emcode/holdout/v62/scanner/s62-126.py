import os

import psycopg2
from flask import Flask, request

app = Flask(__name__)


@app.route("/subscriptions/<int:sub_id>/cancel", methods=["POST"])
def cancel(sub_id):
    reason = request.form.get("reason", "")[:500]
    q = "UPDATE subscriptions SET active = false"
    q += ", cancel_reason = %s"
    q += " WHERE id = %s"
    with psycopg2.connect(os.environ["DATABASE_URL"]) as conn, conn.cursor() as cur:
        cur.execute(q, (reason, sub_id))
    return "cancelled"
