import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/items")
def items():
    category = request.args.get("category", "")
    db = sqlite3.connect("store.db")
    query = "SELECT name, price FROM items WHERE category = '" + cat