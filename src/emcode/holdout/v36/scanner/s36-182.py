import datetime as dt

from flask import Flask, request

app = Flask(__name__)

ROW = "<tr><td>{day:%a %d %b}</td><td>{slots}</td></tr>"


@app.get("/availability")
def availability():
    days = request.args.get("days", default=7, type=int)
    days = max(1, min(days, 31))
    today = dt.date.today()
    rows = "".join(ROW.format(day=today + dt.timedelta(d), slots=(d * 3) % 8) for d in range(days))
    return "<table><tr><th>Day</th><th>Open slots</th></tr>{}</table>".format(rows)
