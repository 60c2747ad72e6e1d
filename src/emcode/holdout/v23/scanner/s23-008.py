import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/payroll/report")
def report():
    dept = request.args.get("dept", "")
    year = request.args.get("year", "2026")
    query = "SELECT name, SUM(amount) FROM payslips "
    query += "JOIN employees ON employees.id = payslips.employee_id "
    query += f"WHERE department = '{dept}' AND strftime('%Y', paid_on) = '{year}' "
    query += "GROUP BY name"
    conn = sqlite3.connect("payroll.db")
    cur = conn.cursor()
    cur.execute(query)
    data = cur.fetchall()
    conn.close()
    return jsonify(data)
