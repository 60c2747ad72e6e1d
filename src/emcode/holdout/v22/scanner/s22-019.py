import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "school.db"


@app.route("/grades")
def grades():
    course = request.args.get("course", "")
    min_grade = request.args.get("min", "0")
    sql = "SELECT student, grade FROM grades"
    sql += f" WHERE course = '{course}'"
    sql += f" AND grade >= {min_grade}"
    sql += " ORDER BY grade DESC"
    conn = sqlite3.connect(DB)
    try:
        rows = conn.execute(sql).fetchall()
    finally:
        conn.close()
    return jsonify([{"student": s, "grade": g} for s, g in rows])
