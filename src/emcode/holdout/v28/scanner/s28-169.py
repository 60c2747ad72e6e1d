from flask import Flask, request

app = Flask(__name__)

ROOMS = {"101": "free", "102": "occupied"}


@app.get("/rooms/status")
def room_status():
    room = request.args.get("room", "")
    state = ROOMS.get(room)
    if state is None:
        return f"Room {room} does not exist", 404
    return f"Room {room} is {state}"
