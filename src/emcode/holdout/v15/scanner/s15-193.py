import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/pets")
def pets():
    species = request.args.get("species", "")
    conn = sqlite3.connect("pets.db")
    rows = conn.execute("SELECT id, name FROM pets WHERE species = ?", (species,)).fetchall()
    out = []
    for r in rows:
        out.append({"id": r[0], "name": r[