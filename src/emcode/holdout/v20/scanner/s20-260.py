import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/deploy", methods=["POST"])
def deploy():
    manifest = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    for svc in manifest.get("services", []):
        print("deploying", svc["na