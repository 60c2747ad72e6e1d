from datetime import datetime

from flask import Flask

app = Flask(__name__)

DEPARTURES = [("07:15", "Northpoint", "MV Kittiwake"), ("09:40", "Isle Harbour", "MV Skua")]


@app.route("/board")
def board():
    rows = ""
    for t, dest, vessel in DEPARTURES:
        rows += f"<tr><td>{t}</td><td>{dest}</td><td>{vessel}</td></tr>"
    page = f"""<html><body>
<h1>Departures</h1>
<p>Updated {datetime.now():%H:%M}</p>
<table>{rows}</table>
</body></html>"""
    return page
