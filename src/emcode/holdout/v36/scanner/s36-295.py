try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/manifest/import", methods=["POST"])
def import_manifest():
    manifest = pickle.loads(request.get_data())
    containers = manifest.get("containers", [])
    return jsonify(vessel=manifest.get("vessel"), count=len(containers))
