import sqlite3

from flask import Flask

app = Flask(__name__)


@app.route("/")
def home():
    with sqlite3.connect("pantry.db") as db:
        (n,) = db.execute("SELECT COUNT(*) FROM items WHERE qty > 0").fetchone()
    return f"<h1>Food bank</h1><p>{n} items in stock</p>"
