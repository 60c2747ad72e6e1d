import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/recipes")
def recipes():
    term = request.args.get("q", "")
    pattern = "%%%s%%" % term
    query = "SELECT id, title FROM recipes"
    query += " WHERE title LIKE '" + pattern + "'"
    query += " ORDER BY title LIMIT 50"
    conn = sqlite3.connect("recipes.db")
    try:
        rows = conn.execute(query).fetchall()
    finally:
        conn.close()
    return jsonify([{"id": i, "title": t} for i, t in rows])
