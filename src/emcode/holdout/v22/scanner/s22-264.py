import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    return sqlite3.connect("library.db")


@app.get("/books")
def books():
    title = request.args.get("title", "")
    sql = "SELECT id, title FROM books WHERE title = '" + title + "'"
    rows = db().execute(sql).fetchall()
    return jsonify(rows)


@app.post("/books/<int:book_id>/reserve")
def reserve(book_id):
    member = request.form["member"]
    conn = db()
    conn.execute("INSERT INTO reservations (book_id, member) VALUES (?, ?)",