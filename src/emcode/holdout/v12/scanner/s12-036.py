import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/posts")
def posts():
    author = request.args.get("author", "")
    tag = request.args.get("tag")
    sql = "SELECT id, title FROM posts WHERE author = ?"
    params = [author]
    if tag:
        sql += " AND id IN (SELECT post_id FROM tags WHERE name = ?)"
        params.append(tag)
    sql += " ORDER BY published DESC"
    with sqlite3.connect("blog.db") as con:
        rows = con.execute(sql, params).fetchall(