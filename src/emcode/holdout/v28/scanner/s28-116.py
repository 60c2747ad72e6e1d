import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "clinic.db"


@app.route("/api/patients")
def list_patients():
    species = request.args.get("species")
    owner = request.args.get("owner")
    sql = "SELECT id, name, species, owner_name FROM patients"
    clauses, params = [], []
    if species:
        clauses.append("species = ?")
        params.append(species)
    if owner:
        clauses.append("owner_name LIKE ?")
        params.append(f"%{owner}%")
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY name"
    conn = sqlite3.connect(DB)
    try:
        rows = conn.execute(sql, params).fetchall()
    finally:
        conn.close()
    return jsonify([dict(zip(("id", "name", "species", "owner"), r)) for r in rows])
