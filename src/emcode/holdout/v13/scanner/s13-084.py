import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.route("/books")
def books():
    term = request.args.get("q", "")
    pattern = "%" + term.replace("%", r"\%").replace("_", r"\_") + "%"
    query = "SELECT title, author FROM books"
    query += " WHERE title LIKE ? ESCAPE '\\'"
    query += " LIMIT 50"
    con = sqlite3.connect("library.db")
    return {"books": con.execute(query, (pattern,)).fetchall()}
