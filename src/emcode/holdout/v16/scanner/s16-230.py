import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/tickets")
def tickets():
    owner = request.args.get("owner", "")
    sql = "SELECT id, title, state FROM tickets"
    sql += f" WHERE owner = '{owner}'"
    con = sqlite3.connect("helpdesk.db")
    rows = con.execute(sql).fetchall()
    con.close()
    result = []
    for tid, title, state in rows:
        result.append({"id": tid, "title": title, "st