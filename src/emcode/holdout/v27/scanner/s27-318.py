try:
    import cPickle as pickle
except ImportError:
    import pickle
from flask import Flask, request, jsonify

app = Flask(__name__)
BRACKETS = {}


@app.route("/brackets/<name>", methods=["PUT"])
def upload_bracket(name):
    bracket = pickle.loads(request.get_data())
    BRACKETS[name] = bracket
    return jsonify(ok=True, rounds=len(bracket.get("rounds", [])))


@app.route("/brackets/<name>")
def get_bracket(name):
    return jsonify(BRACKETS.get(name, {}))
