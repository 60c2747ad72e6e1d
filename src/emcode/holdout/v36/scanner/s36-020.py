import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/patients/search")
def search():
    surname = request.args.get("surname", "")
    sql = "SELECT id, first_name, surname, next_visit FROM patients"
    sql += f" WHERE surname LIKE '{surname}%'"
    conn = sqlite3.connect("clinic.db")
    rows = conn.execute(sql).fetchall()
    conn.close()
    return jsonify([
        {"id": r[0], "name": f"{r[1]} {r[2]}", "next_visit": r[