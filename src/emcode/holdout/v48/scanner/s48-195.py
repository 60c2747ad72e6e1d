import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/finds/search")
def finds_search():
    material = request.args.get("material", "")
    query = "SELECT id, description FROM finds WHERE material = 