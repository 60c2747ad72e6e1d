import json
import pickle
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/telemetry/batch")
def batch():
    try:
        frames = json.loads(request.get_data(as_text=True))
    except ValueError:
        return jsonify(error="expected JSON"), 400
    good = [f for f in frames if isinstance(f, dict) and "turbine" in f]
    # persist a local snapshot for the nightly job
    with open("/var/lib/windfarm/snapshot.pkl", "wb") as fh:
        pickle.du
