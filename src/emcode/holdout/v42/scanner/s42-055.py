import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)
MODEL = joblib.load("/srv/enrolment/models/dropout_risk.joblib")


@app.post("/models/score")
def score():
    try:
        features = [[float(x) for x in request.form["features"].split(",")]]
    except (KeyError, ValueError):
        return jsonify(error="features must be comma separated numbers"), 400
    return jsonify(prediction=MODEL.predict(features).tolist())
