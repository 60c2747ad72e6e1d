from flask import Flask, jsonify, request

app = Flask(__name__)

ROOMS = {"101": "clean", "102": "dirty", "103": "inspected"}


@app.get("/api/rooms/<room_id>")
def room(room_id):
    state = ROOMS.get(room_id)
    if state is None:
        return jsonify(error="unknown room", room=room_id), 404
    return jsonify(room=room_id, state=state)
