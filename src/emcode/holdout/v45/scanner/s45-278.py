from flask import Flask, request
import sqlite3

app = Flask(__name__)


def db():
    conn = sqlite3.connect("garden.db")
    conn.row_factory = sqlite3.Row
    return conn


@app.route("/seeds")
def seeds():
    term = request.args.get("q", "").strip()
    rows = db().execute(
        "SELECT name, variety FROM seeds WHERE name LIKE ?", (f"%{term}%",)
    ).fetchall()
    header = "<h2>Seed library results for '%s'</h2>" % term
    lines = [header, "<table>"]
    for r in rows:
        lines.append("<tr><td>%s</td><td>%s</td></tr>" % (r["name"], r["variety"]))
    lines.append("</table>")
    return "\n".join(lines)
