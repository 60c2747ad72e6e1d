import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/recipes/by-author")
def by_author():
    author = request.args.get("author", "")
    sql = "SELECT id, title, created_at FROM recipes"
    sql += f" WHERE author = '{author}'"
    con = sqlite3.connect("recipes.db")
    cur = con.cursor()
    cur.execute(sql)
    rows = cur.fetchall()
    con.close()
    return jsonify([{"id": r[0], "title": r[1], "created": r[2]} for r in rows])


@app.get("/recipes/<int:rid>/comments")
def comments(rid):
    con = sqlite3.connect("recipes.db")
    rows = con.execute("SELECT body FROM comments WHERE recipe_id = ?", (ri