import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "clinic.db"


@app.route("/recalls")
def recalls():
    dentist = request.args.get("dentist", "")
    month = request.args.get("month", "")
    sql = "SELECT patient, due_date FROM recalls WHERE 1=1"
    params = []
    if dentist:
        sql += " AND dentist = ?"
        params.append(dentist)
    if month:
        sql += " AND strftime('%m', due_date) = ?"
        params.append(month.zfill(2))
    sql += " ORDER BY due_date"
    conn = sqlite3.connect(DB)
    rows = conn.execute(sql, params).fetchall()
    conn.close()
    return jsonify(rows)
