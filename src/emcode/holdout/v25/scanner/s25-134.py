try:
    import cPickle as pickle
except ImportError:
    import pickle
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/sensor/restore", methods=["POST"])
def restore_calibration():
    """Restore a crop sensor calibration snapshot uploaded by the field tablet."""
    blob = request.data
    snapshot = pickle.loads(blob)
    offsets = snapshot.get("offsets", {})
    return jsonify(sensors=len(offsets), version=snapshot.get("version"))
