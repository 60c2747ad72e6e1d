import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/books")
def books():
    title = request.args.get("title", "")
    sql = "SELECT id, title, author FROM books"
    sql += " WHERE title LIKE '%" + title + "%'"
    conn = sqlite3.connect("library.db")
    cur = conn.cursor()
    cur.execute(sql)
    result = []
    for row in cur.fetchall():
        result.append({"id": row[0], "title": row[1], "au