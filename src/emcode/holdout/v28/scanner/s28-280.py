from flask import Flask, Response, request

app = Flask(__name__)

ROOMS = {"101": "free", "102": "occupied"}


@app.get("/rooms/status")
def room_status():
    room = request.args.get("room", "")
    state = ROOMS.get(room)
    if state is None:
        return Response(f"Room {room} does not exist", status=404, mimetype="text/plain")
    return Response(f"Room {room} is {state}", mimetype="text/plain")
