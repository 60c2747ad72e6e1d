import bleach
from flask import Flask, request

app = Flask(__name__)

TEMPLATE = "<div class='notice'>No booking found for room <b>{room}</b> on {day}.</div>"


@app.get("/bookings/lookup")
def lookup():
    room = bleach.clean(request.args.get("room", ""), tags=[], strip=True)
    day = bleach.clean(request.args.get("day", ""), tags=[], strip=True)
    html = TEMPLATE.format(room=room, day=day)
    return html, 404
