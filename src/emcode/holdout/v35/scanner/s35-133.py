from html import escape

from flask import Flask, request

app = Flask(__name__)

OPEN_HOURS = {"mon": "10-18", "tue": "10-18", "wed": "closed", "thu": "10-20", "fri": "10-18", "sat": "9-14"}


@app.get("/hours")
def hours():
    day = request.args.get("day", "mon").lower()
    shown_day = escape(day)
    slot = OPEN_HOURS.get(day)
    if slot is None:
        return f"<p>We don't know the day <code>{shown_day}</code>.</p>", 404
    return f"<p>On <b>{shown_day}</b> the workshop is open {slot}.</p>"
