import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "clinic.db"


@app.route("/api/patients")
def list_patients():
    species = request.args.get("species")
    owner = request.args.get("owner")
    sql = "SELECT id, name, species, owner_name FROM patients"
    clauses = []
    if species:
        clauses.append(f"species = '{species}'")
    if owner:
        clauses.append(f"owner_name LIKE '%{owner}%'")
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY name"
    conn = sqlite3.connect(DB)
    try:
        rows = conn.execute(sql).fetchall()
    finally:
        conn.close()
    return jsonify([dict(zip(("id", "name", "species", "owner"), r)) for r in rows])
