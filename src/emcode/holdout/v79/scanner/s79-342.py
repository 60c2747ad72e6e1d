from flask import Flask, request, jsonify

app = Flask(__name__)

BOATS = {"laser-1": "Laser", "topper-3": "Topper"}


@app.route("/boats/<boat_id>")
def boat(boat_id):
    if boat_id in BOATS:
        return jsonify(id=boat_id, cls=BOATS[boat_id])
    message = "Unknown boat: {}".format(boat_id)
    return message, 404
