import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/api/loans")
def loans():
    member = request.args.get("member")
    status = request.args.get("status")
    sql = "SELECT id, isbn, due_date, status FROM loans WHERE 1=1"
    args = []
    if member:
        sql += " AND member_id = ?"
        args.append(member)
    if status:
        sql += " AND status = ?"
        args.append(status)
    con = sqlite3.connect("library.db")
    rows = con.execute(sql, args).fetchall()
    return jsonify([{"id": r[0], "isbn": r[1], "due": r[2], "stat