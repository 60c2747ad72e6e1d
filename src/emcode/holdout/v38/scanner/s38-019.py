import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/pets")
def pets():
    species = request.args.get("species", "dog")
    sql = "SELECT id, name, age_months FROM pets WHERE adopted = 0"
    sql += " AND species = ?"
    conn = sqlite3.connect("shelter.db")
    rows = conn.execute(sql, (species,)).fetchall()
    conn.close()
    return jsonify([
        {"id": r[0], "name": r[1], "age": r[