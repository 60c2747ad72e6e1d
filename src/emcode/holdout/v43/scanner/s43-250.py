import sqlite3

from flask import Flask

app = Flask(__name__)


@app.route("/dashboard")
def dashboard():
    with sqlite3.connect("safety.db") as con:
        open_count = con.execute("SELECT COUNT(*) FROM incidents WHERE closed = 0").fetchone()[0]
        max_ppm = con.execute("SELECT COALESCE(MAX(ppm), 0) FROM methane WHERE ts > datetime('now', '-1 day')").fetchone()[0]
    status = "ALERT" if max_ppm >= 1.0 else "normal"
    html = f"""
    <h1>Site safety dashboard</h1>
    <table>
      <tr><th>Open incidents</th><td>{int(open_count)}</td></tr>
      <tr><th>Max methane (24h)</th><td>{float(max_ppm):.2f}%</td></tr>
      <tr><th>Status</th><td>{status}</td></tr>
    </table>
    """
    return html
