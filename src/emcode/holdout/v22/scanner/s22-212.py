from flask import Flask, Response, request

app = Flask(__name__)

ROOMS = {"101": "free", "102": "occupied"}


@app.get("/rooms/status")
def room_status():
    room = request.args.get("room", "")
    state = ROOMS.get(room, "unknown")
    return Response(f"Room {room} is {state}", mimetype="text/plain")
