import json
from flask import Flask, request, jsonify

app = Flask(__name__)
MODELS = {}


class LinearModel:
    def __init__(self, weights, bias):
        self.weights = [float(w) for w in weights]
        self.bias = float(bias)

    def predict(self, x):
        return sum(w * v for w, v in zip(self.weights, x)) + self.bias


@app.route("/models/<name>", methods=["PUT"])
def upload_model(name):
    spec = json.loads(request.get_data(as_text=True))
    MODELS[name] = LinearModel(spec["weights"], spec["bias"])
    return jsonify(stored=name)


@app.route("/models/<name>/predict", methods=["POST"])
def predict(name):
    model = MODELS.get(name)
    if model is None:
        return jsonify(error="no such model"), 404
    return jsonify(prediction=model.predict(request.get_json(force=True)["features"]))
