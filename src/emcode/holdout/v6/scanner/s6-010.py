try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/api/session", methods=["POST"])
def restore_session():
    state = pickle.loads(request.data)
    return jsonify({"restored": list(state.keys())})
