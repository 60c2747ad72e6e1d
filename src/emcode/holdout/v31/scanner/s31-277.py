import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "payroll.db"


@app.route("/employees")
def list_employees():
    dept = request.args.get("dept")
    min_salary = request.args.get("min_salary", type=float)
    sql = "SELECT id, name, salary FROM employees"
    clauses, params = [], []
    if dept:
        clauses.append("department = ?")
        params.append(dept)
    if min_salary is not None:
        clauses.append("salary >= ?")
        params.append(min_salary)
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY name"
    with sqlite3.connect(DB) as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify([{"id": r[0], "name": r[1], "salary": r[2]} for r in rows])
