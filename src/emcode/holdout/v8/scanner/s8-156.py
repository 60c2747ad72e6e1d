import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/books")
def books():
    title = request.args.get("title", "")
    params = []
    sql = "SELECT id, title, author FROM books WHERE 1=1"
    if title:
        sql += " AND title LIKE ?"
        params.append(f"%{title}%")
    conn = sqlite3.connect("library.db")
    rows = conn.execute(sql, par