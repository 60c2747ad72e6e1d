import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    return sqlite3.connect("clinic.db")


@app.route("/appointments")
def appointments():
    owner = request.args.get("owner", "")
    species = request.args.get("species")
    sql = "SELECT id, pet, starts_at FROM appointments WHERE 1=1"
    params = []
    if owner:
        sql += " AND owner_name = ?"
        params.append(owner)
    if species:
        sql += " AND species = ?"
        params.append(species)
    sql += " ORDER BY starts_at"
    rows = db().execute(sql, params).fetchall()
    return jsonify([dict(zip(("id", "pet", "starts_at"), r)) for r in rows])
