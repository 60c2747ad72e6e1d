import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/books/search")
def search():
    q = request.args.get("q", "")
    sql = "SELECT id, title FROM books WHERE title LIKE '%" + q + "%'"
    rows = sqlite3.connect("lib.db").execute(sql).fetchall()
    return jsonify(rows)


@app.route("/books/<int:book_id>/borrow", methods=["POST"])
def borrow(book_id):
    member = request.form["member"]
    conn = sqlite3.connect("lib.db")
    conn.execute("UPDATE books SET borrowed_by = ? WHERE id = ?", (member,