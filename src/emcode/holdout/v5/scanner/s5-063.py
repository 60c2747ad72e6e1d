import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.route("/search")
def search():
    term = request.args.get("q", "")
    db = sqlite3.connect("app.db")
    cur = db.execute("SELECT name FROM items WHERE name LIKE 