import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
DB = "shelter.db"


@app.route("/animals")
def list_animals():
    species = request.args.get("species")
    min_age = request.args.get("min_age")
    sort = request.args.get("sort", "intake_date")

    sql = "SELECT id, name, species, age_months FROM animals WHERE adopted = 0"
    if species:
        sql += f" AND species = '{species}'"
    if min_age:
        sql += f" AND age_months >= {min_age}"
    sql += " ORDER BY " + ("name" if sort == "name" else "intake_date")

    with sqlite3.connect(DB) as conn:
        rows = conn.execute(sql).fetchall()
    return jsonify([dict(zip(("id", "name", "species", "age_months"), r)) for r in rows])
