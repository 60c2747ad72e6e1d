from datetime import date
import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/billing/report")
def billing_report():
    start = date.fromisoformat(request.args.get("from", "2024-01-01"))
    end = date.fromisoformat(request.args.get("to", date.today().isoformat()))
    plan = request.args.get("plan")
    min_total = request.args.get("min_total", type=float)
    sql = """
        SELECT account_id, SUM(amount) AS total
        FROM invoices
        WHERE issued_on BETWEEN %(start)s AND %(end)s
    """
    params = {"start": start, "end": end}
    if plan:
        sql += " AND plan = %(plan)s"
        params["plan"] = plan
    sql += " GROUP BY account_id"
    if min_total is not None:
        sql += " HAVING SUM(amount) >= %(min_total)s"
        params["min_total"] = min_total
    with psycopg2.connect(dbname="billing") as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        return jsonify(cur.fetchall())
