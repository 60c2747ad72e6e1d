import html
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/plates/history")
def history():
    plate = request.args.get("plate", "")
    with sqlite3.connect("parking.db") as con:
        rows = con.execute("SELECT zone, issued_at, amount_cents FROM citations WHERE plate = ?", (plate,)).fetchall()
    plate_html = html.escape(plate)
    body = [f"<h2>History for {plate_html}</h2>", "<table>"]
    for zone, when, cents in rows:
        body.append(f"<tr><td>{html.escape(zone)}</td><td>{html.escape(str(when))}</td><td>{cents / 100:.2f}</td></tr>")
    body.append("</table>")
    return "\n".join(body)
