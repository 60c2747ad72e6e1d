import psycopg2
from flask import Flask, request

app = Flask(__name__)


@app.get("/reports/revenue")
def revenue():
    region = request.args.get("region", "eu")
    with psycopg2.connect(dbname="sales") as conn, conn.cursor() as cur:
        cur.execute("SELECT date_trunc('month', paid_at), SUM(amount) FROM payments WHERE reg