import os

import psycopg2
from flask import Flask, request

app = Flask(__name__)


@app.route("/subscriptions/<sub_id>/cancel", methods=["POST"])
def cancel(sub_id):
    reason = request.form.get("reason", "")
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    cur = conn.cursor()
    q = "UPDATE subscriptions SET active = false"
    q += ", cancel_reason = '" + reason + "'"
    q += " WHERE id = " + sub_id
    cur.execute(q)
    conn.commit()
    conn.close()
    return "cancelled"
