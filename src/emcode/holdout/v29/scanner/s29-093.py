from flask import Flask, request, make_response

app = Flask(__name__)

SENSORS = {"kitchen": 21.5, "garage": 9.0}


@app.route("/sensor")
def sensor_reading():
    room = request.args.get("room", "")
    if room not in SENSORS:
        message = "Unknown room: " + room + "<br><a href='/'>back</a>"
        return make_response(message, 404)
    return {"room": room, "celsius": SENSORS[room]}
