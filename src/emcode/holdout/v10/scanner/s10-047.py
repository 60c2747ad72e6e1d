import pickle as pk
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/models/upload", methods=["POST"])
def upload_model():
    f = request.files["model"]
    model = pk.load(f.stream)
    preds = model.predict([[0.1, 0.2, 0.3]])
    return jsonify(prediction=list(preds))
