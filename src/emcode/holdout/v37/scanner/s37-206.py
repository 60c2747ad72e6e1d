try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/drones/telemetry", methods=["POST"])
def upload_telemetry():
    frame = pickle.loads(request.get_data())
    altitude = frame.get("alt", 0)
    return jsonify(ok=True, altitude=altitude)
