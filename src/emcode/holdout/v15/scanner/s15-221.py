from pickle import loads as decode

from flask import Flask, request

app = Flask(__name__)
MODELS = {}


@app.route("/models/<name>", methods=["PUT"])
def upload_model(name):
    payload = request.data
    model = decode(payload)
    MODELS[name] = model
    return {"stored": name, "type": type(model).__name__}
