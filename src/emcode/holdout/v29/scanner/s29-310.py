from flask import Flask, request, jsonify

app = Flask(__name__)

SENSORS = {"kitchen": 21.5, "garage": 9.0}


@app.route("/sensor")
def sensor_reading():
    room = request.args.get("room", "")
    if room not in SENSORS:
        return jsonify(error="unknown room", room=room), 404
    return jsonify(room=room, celsius=SENSORS[room])
