import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    return sqlite3.connect("clinic.db")


@app.route("/appointments")
def appointments():
    owner = request.args.get("owner", "")
    species = request.args.get("species")
    sql = "SELECT id, pet, starts_at FROM appointments"
    sql += " WHERE 1=1"
    if owner:
        sql += f" AND owner_name = '{owner}'"
    if species:
        sql += " AND species = '" + species + "'"
    sql += " ORDER BY starts_at"
    rows = db().execute(sql).fetchall()
    return jsonify([dict(zip(("id", "pet", "starts_at"), r)) for r in rows])
