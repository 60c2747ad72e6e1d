import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
DB = "shelter.db"


@app.route("/animals")
def list_animals():
    species = request.args.get("species")
    min_age = request.args.get("min_age", type=int)
    sort = request.args.get("sort", "intake_date")

    sql = "SELECT id, name, species, age_months FROM animals WHERE adopted = 0"
    params = []
    if species:
        sql += " AND species = ?"
        params.append(species)
    if min_age is not None:
        sql += " AND age_months >= ?"
        params.append(min_age)
    sql += " ORDER BY " + ("name" if sort == "name" else "intake_date")

    with sqlite3.connect(DB) as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify([dict(zip(("id", "name", "species", "age_months"), r)) for r in rows])
