import psycopg2
from flask import Flask, request

app = Flask(__name__)


def get_conn():
    return psycopg2.connect(dbname="hr", user="hr_app")


@app.route("/employees")
def employees():
    clauses = []
    dept = request.args.get("dept")
    title = request.args.get("title")
    if dept:
        clauses.append("department = '%s'" % dept)
    if title:
        clauses.append("title LIKE '%%%s%%'" % title)
    query = "SELECT id, name, department, title FROM employees"
    if clauses:
        query = query + " WHERE " + " AND ".join(clauses)
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query)
        rows = cur.fetchall()
    return {"employees": rows}
