import psycopg2
from flask import Flask, jsonify

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev-key-please-change-7781"

DB_PASSWORD = "Warehouse#2023"


def conn():
    return psycopg2.connect(host="db.internal", dbname="inventory", user="inv_app", password=DB_PASSWORD)


@app.route("/stock/low")
def low_stock():
    with conn() as c, c.cursor() as cur:
        cur.execute("SELECT sku, qty FROM stock WHERE qty < %s", (10,))
        return jsonify(cur.fetchall())
