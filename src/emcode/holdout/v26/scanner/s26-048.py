import dill as serializer
from flask import Flask, request, jsonify

app = Flask(__name__)
MODELS = {}


@app.post("/models/<name>")
def upload_model(name):
    blob = request.files["model"].read()
    MODELS[name] = serializer.loads(blob)
    return jsonify(stored=name)
