import yaml
from flask import Flask, request

app = Flask(__name__)

@app.route("/deploy", methods=["POST"])
def deploy():
    spec = yaml.safe_load(request.files["spec"].read()) or {}
    summary = {
        "name": spec.get("name"),
        "replicas": int(spec.get("replicas", 1)),
        "image": spec.get("ima