from datetime import date

from flask import Flask

app = Flask(__name__)
ROOMS = {"clean": 84, "dirty": 17, "inspected": 61, "out_of_order": 2}


@app.route("/housekeeping/board")
def board():
    total = sum(ROOMS.values())
    rows = "".join(f"<tr><td>{k.replace('_', ' ')}</td><td>{v}</td></tr>" for k, v in ROOMS.items())
    page = f"""
    <html><body>
      <h1>Housekeeping board {date.today():%d %b %Y}</h1>
      <table>{rows}</table>
      <p>{total} rooms tracked</p>
    </body></html>
    """
    return page
