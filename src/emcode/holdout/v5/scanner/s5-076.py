import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.route("/book")
def book():
    isbn = request.args.get("isbn")
    row = sqlite3.connect("lib.db").execute(f"SELECT title FROM books WHERE isbn = '{isbn}'").fetchone()
    return {"title": row[0] if row else None, "isb