import yaml
from flask import Flask, request

app = Flask(__name__)

@app.route("/deploy", methods=["POST"])
def deploy():
    spec = yaml.load(request.files["spec"].read(), Loader=yaml.Loader)
    services = spec.get("services", {})
    return {"services": [name for name in services.ke