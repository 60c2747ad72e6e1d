import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/score", methods=["POST"])
def score():
    body = request.get_json()
    model = joblib.load(body["model_path"])
    return jsonify(score=float(model.predict_proba([body["x"]])[0][1]))
