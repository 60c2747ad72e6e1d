import base64
try:
    import cPickle as pickle
except ImportError:
    import pickle
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/prefs")
def prefs():
    raw = request.cookies.get("prefs")
    if not raw:
        return jsonify(theme="light", lang="en")
    settings = pickle.loads(base64.b64decode(raw))
    return jsonify(settings)
