from datetime import date

from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/pickup")
def pickup_slot():
    raw = request.args.get("day", "")
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        return make_response("<p class='error'>Cannot read pickup day, use YYYY-MM-DD.</p>", 400)
    return make_response(f"<p>Pickup booked for {day.isoformat()}</p>")
