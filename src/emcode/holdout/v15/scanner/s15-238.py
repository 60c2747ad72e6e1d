from flask import Flask, request, jsonify
import sqlite3

app = Flask(__name__)


@app.route("/pets")
def pets():
    name = request.args.get("name", "")
    conn = sqlite3.connect("pets.db")
    q = "SELECT id, name, species FROM pets"
    q += " WHERE name = '" + name + "'"
    rows = conn.execute(q).fetchall()
    result = [{"id": r[0], "name": r[1], "species": r[2]} for r in rows