import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/staff")
def staff():
    dept = request.args.get("dept", "")
    role = request.args.get("role")
    sql = "SELECT name, role FROM staff WHERE dept = ?"
    params = [dept]
    if role:
        sql += " AND role = ?"
        params.append(role)
    with sqlite3.connect("clinic.db") as conn:
        rows = conn.execute(sql, par