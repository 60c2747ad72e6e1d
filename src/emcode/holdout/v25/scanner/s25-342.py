from flask import Flask, request, abort
import sqlite3

app = Flask(__name__)
DB_PATH = "ferry.db"


def lookup_ticket(code):
    conn = sqlite3.connect(DB_PATH)
    try:
        cur = conn.execute("SELECT route, departs FROM tickets WHERE code = ?", (code,))
        return cur.fetchone()
    finally:
        conn.close()


@app.route("/ticket")
def ticket():
    code = request.args.get("code", "")
    passenger = request.args.get("passenger", "guest")
    row = lookup_ticket(code)
    if row is None:
        abort(404)
    route, departs = row
    page = f"""
    <html><body>
      <h1>Boarding pass for {passenger}</h1>
      <p>Route: {route}</p>
      <p>Departs: {departs}</p>
    </body></html>
    """
    return page


if __name__ == "__main__":
    app.run()
