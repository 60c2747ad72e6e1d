try:
    import cPickle as pickle
except ImportError:
    import pickle
from flask import Flask, request, jsonify

app = Flask(__name__)
MODELS = {}


@app.route("/models/<name>", methods=["PUT"])
def upload_model(name):
    blob = request.get_data()
    model = pickle.loads(blob)
    MODELS[name] = model
    return jsonify(stored=name, kind=type(model).__name__)


@app.route("/models/<name>/predict", methods=["POST"])
def predict(name):
    model = MODELS.get(name)
    if model is None:
        return jsonify(error="no such model"), 404
    features = request.get_json(force=True)["features"]
    return jsonify(prediction=model.predict([features]).tolist())
