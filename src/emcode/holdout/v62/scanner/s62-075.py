from flask import Flask, request, jsonify, abort

app = Flask(__name__)


@app.route("/irrigation/schedule", methods=["PUT"])
def upload_schedule():
    schedule = request.get_json(silent=True)
    if not isinstance(schedule, dict):
        abort(400)
    zones = sorted(str(k) for k in schedule.keys())
    return jsonify({"zones": zones, "count": len(zones)})
