import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    return sqlite3.connect("clinic.db")


@app.route("/api/patients")
def patients():
    species = request.args.get("species")
    owner = request.args.get("owner")
    sql = "SELECT id, name, species, owner FROM patients WHERE 1=1"
    params = []
    if species:
        sql += " AND species = ?"
        params.append(species)
    if owner:
        sql += " AND owner LIKE ?"
        params.append(f"%{owner}%")
    sql += " ORDER BY name"
    rows = db().execute(sql, params).fetchall()
    return jsonify([dict(zip(("id", "name", "species", "owner"), r)) for r in rows])
