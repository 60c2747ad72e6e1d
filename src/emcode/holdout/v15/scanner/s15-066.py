import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/recipes")
def recipes():
    term = request.args.get("q", "")
    like = "%" + term.replace("%", r"\%").replace("_", r"\_") + "%"
    query = "SELECT id, title FROM recipes WHERE title LIKE ? ESCAPE '\\'"
    query += " OR ingredients LIKE ? ESCAPE '\\'"
    conn = sqlite3.connect("recipes.db")
    rows = conn.execute(query, (like, like)).fetchall()
    conn.close()
    return jsonify([{"id": r[0], "title": r[1]} for r in rows])
