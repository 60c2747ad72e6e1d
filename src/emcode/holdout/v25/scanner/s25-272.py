from flask import Flask, request, abort
from markupsafe import escape
import sqlite3

app = Flask(__name__)


def lookup_ticket(code):
    conn = sqlite3.connect("ferry.db")
    try:
        return conn.execute("SELECT route, departs FROM tickets WHERE code = ?", (code,)).fetchone()
    finally:
        conn.close()


@app.route("/ticket")
def ticket():
    row = lookup_ticket(request.args.get("code", ""))
    if row is None:
        abort(404)
    route, departs = (escape(v) for v in row)
    passenger = escape(request.args.get("passenger", "guest"))
    page = f"""
    <html><body>
      <h1>Boarding pass for {passenger}</h1>
      <p>Route: {route}</p>
      <p>Departs: {departs}</p>
    </body></html>
    """
    return page
