import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/lessons")
def lessons():
    tutor = request.args.get("tutor")
    sql = "SELECT id, subject, starts_at FROM lessons WHERE 1=1"
    args = []
    if tutor:
        sql += " AND tutor_id = ?"
        args.append(tutor)
    con = sqlite3.connect("tutoring.db")
    rows = con.execute(sql, args).fetchall()
    return jsonify([{"id": r[0], "subject": r[1], "starts_at": r[2