import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


def like_escape(term):
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@app.route("/recipes")
def recipes():
    term = request.args.get("q", "")
    pattern = "%" + like_escape(term) + "%"
    query = "SELECT id, title FROM recipes"
    query += " WHERE title LIKE ? ESCAPE '\\'"
    query += " ORDER BY title LIMIT 50"
    conn = sqlite3.connect("recipes.db")
    try:
        rows = conn.execute(query, (pattern,)).fetchall()
    finally:
        conn.close()
    return jsonify([{"id": i, "title": t} for i, t in rows])
