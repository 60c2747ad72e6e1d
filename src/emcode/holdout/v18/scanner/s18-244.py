import pymysql
from flask import Flask, request

app = Flask(__name__)


@app.route("/reports/sales")
def sales():
    region = request.args.get("region", "north")
    query = "SELECT day, SUM(amount) FROM sales "
    query += "WHERE region = '" + region + "' "
    query += "GROUP BY day ORDER BY day"
    conn = pymysql.connect(host="db", user="reporter", database="sales")
    with conn.cursor() as cur:
        cur.exec