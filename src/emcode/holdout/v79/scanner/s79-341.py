from flask import Flask, jsonify, abort

app = Flask(__name__)
BOATS = {"laser-1": "Laser", "topper-3": "Topper"}


@app.route("/boats/<boat_id>")
def boat(boat_id):
    if boat_id not in BOATS:
        abort(404)
    return jsonify(id=boat_id, cls=BOATS[boat_id])
