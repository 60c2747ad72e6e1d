import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/grades")
def grades():
    course = request.args.get("course", "")
    min_grade = request.args.get("min", "0")
    try:
        threshold = float(min_grade)
    except ValueError:
        return jsonify(error="min must be a number"), 400
    sql = "SELECT student, grade FROM grades"
    sql += " WHERE course = ?"
    sql += " AND grade >= ?"
    sql += " ORDER BY grade DESC"
    conn = sqlite3.connect("school.db")
    try:
        rows = conn.execute(sql, (course, threshold)).fetchall()
    finally:
        conn.close()
    return jsonify([{"student": s, "grade": g} for s, g in rows])
