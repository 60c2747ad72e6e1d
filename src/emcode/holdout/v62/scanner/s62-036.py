from flask import Flask, request

app = Flask(__name__)

ROOMS = {"neon": ["Fri 20:00", "Sat 21:00"], "velvet": ["Thu 19:00"]}


@app.route("/rooms/slots")
def slots():
    room = request.args.get("room", "").lower()
    free = ROOMS.get(room)
    if free is None:
        return "<p>Unknown room.</p>", 404
    return "<ul>" + "".join("<li>" + s + "</li>" for s in free) + "</ul>"
