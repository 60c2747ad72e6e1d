import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/books")
def books():
    title = request.args.get("title", "")
    conn = sqlite3.connect("library.db")
    sql = "SELECT id, title FROM books"
    sql += " WHERE title LIKE ?"
    rows = conn.execute(sql, (f"%{title}%",)).fetchall()
    conn.close()
    return jsonify(rows)


@app.post("/books/<int:book_id>/reserve")
def reserve(book_id):
    member = request.form["member"]
    conn = sqlite3.connect("library.db")
    conn.execute("INSERT INTO reservations (book_id, member) VALUES (?, ?)", (book_id,