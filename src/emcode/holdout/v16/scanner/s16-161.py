import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/tickets")
def tickets():
    owner = request.args.get("owner", "")
    sql = "SELECT id, title, state FROM tickets WHERE owner = ?"
    con = sqlite3.connect("helpdesk.db")
    rows = con.execute(sql, (own