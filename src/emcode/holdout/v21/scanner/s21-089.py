from flask import Flask
from markupsafe import escape
import sqlite3

app = Flask(__name__)


@app.route("/admin/users")
def users():
    conn = sqlite3.connect("app.db")
    rows = conn.execute("SELECT username, email, bio FROM users ORDER BY username").fetchall()
    conn.close()
    cells = [f"<tr><td>{escape(u)}</td><td>{escape(e)}</td><td>{escape(b or '')}</td></tr>" for u, e, b in rows]
    return "<table>" + "".join(cells) + "</table>"
