from flask import Flask, request

app = Flask(__name__)

TEMPLATE = "<div class='notice'>No booking found for room <b>{room}</b> on {day}.</div>"


@app.get("/bookings/lookup")
def lookup():
    room = request.args.get("room", "")
    day = request.args.get("day", "")
    # real lookup would hit the database here
    return TEMPLATE.format(room=room, day=day), 404
