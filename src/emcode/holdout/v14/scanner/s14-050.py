import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/deploy/config")
def deploy_config():
    f = request.files["config"]
    cfg = yaml.load(f.read(), Loader=yaml.Loader)
    services = cfg.get("services", {})
    return jsonify(services=sorted(services))
