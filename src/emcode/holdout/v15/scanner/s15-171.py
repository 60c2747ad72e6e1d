import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/recipes")
def recipes():
    term = request.args.get("q", "")
    like = "'%%%s%%'" % term
    query = "SELECT id, title FROM recipes WHERE title LIKE " + like
    query += " OR ingredients LIKE " + like
    conn = sqlite3.connect("recipes.db")
    rows = conn.execute(query).fetchall()
    conn.close()
    return jsonify([{"id": r[0], "title": r[1]} for r in rows])
