import os

import psycopg2
from flask import Flask, request

app = Flask(__name__)


@app.route("/employees")
def employees():
    clauses, params = [], []
    dept = request.args.get("dept")
    title = request.args.get("title")
    if dept:
        clauses.append("department = %s")
        params.append(dept)
    if title:
        clauses.append("title ILIKE %s")
        params.append(f"%{title}%")
    query = "SELECT id, name, department, title FROM employees"
    if clauses:
        query += " WHERE " + " AND ".join(clauses)
    with psycopg2.connect(os.environ["HR_DSN"]) as conn, conn.cursor() as cur:
        cur.execute(query, params)
        rows = cur.fetchall()
    return {"employees": rows}
