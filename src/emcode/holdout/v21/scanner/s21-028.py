from flask import Flask, request, jsonify
import sqlite3

app = Flask(__name__)


@app.route("/tickets")
def tickets():
    status = request.args.get("status", "open")
    conn = sqlite3.connect("helpdesk.db")
    q = "SELECT id, subject FROM tickets"
    q += f" WHERE status = '{status}'"
    rows = conn.execute(q).fetchall()
    conn.close()
    return jsonify(rows)


@app.route("/tickets/<int:tid>/close", methods=["POST"])
def close_ticket(tid):
    conn = sqlite3.connect("helpdesk.db")
    conn.execute("UPDATE tickets SET status = 'closed' WHERE id = ?", (