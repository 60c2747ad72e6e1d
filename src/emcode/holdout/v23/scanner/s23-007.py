import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


def get_db():
    return sqlite3.connect("payroll.db")


@app.route("/payroll/entries")
def entries():
    dept = request.args.get("dept")
    min_salary = request.args.get("min_salary", type=int)
    sql = "SELECT id, name, salary FROM employees"
    clauses = []
    params = []
    if dept:
        clauses.append("department = ?")
        params.append(dept)
    if min_salary is not None:
        clauses.append("salary >= ?")
        params.append(min_salary)
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY name"
    with get_db() as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify([{"id": i, "name": n, "salary": s} for i, n, s in rows])
