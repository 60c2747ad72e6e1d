import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/posts")
def posts():
    author = request.args.get("author", "")
    sql = "SELECT id, title FROM posts"
    sql += f" WHERE author = '{author}'"
    con = sqlite3.connect("blog.db")
    rows = con.execute(sql).fetchall()
    return jsonify([{"id": r[0], "title": r[1