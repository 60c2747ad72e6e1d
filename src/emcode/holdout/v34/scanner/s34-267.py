from datetime import date

from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/pickup")
def pickup_slot():
    raw = request.args.get("day", "")
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        msg = "<p class='error'>Cannot read pickup day: " + raw + "</p>"
        return make_response(msg, 400)
    return make_response(f"<p>Pickup booked for {day.isoformat()}</p>")
