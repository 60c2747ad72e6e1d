import os

import psycopg2
from flask import Flask, jsonify

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]


def conn():
    return psycopg2.connect(host=os.environ.get("DB_HOST", "db.internal"), dbname="inventory",
                            user="inv_app", password=os.environ["DB_PASSWORD"])


@app.route("/stock/low")
def low_stock():
    threshold = 10
    with conn() as c, c.cursor() as cur:
        cur.execute("SELECT sku, qty FROM stock WHERE qty < %s", (threshold,))
        return jsonify(cur.fetchall())
