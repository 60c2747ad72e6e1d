import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/config")
def upload_config():
    cfg = yaml.load(request.files["config"].read(), Loader=yaml.Loader)
    return {"keys": sorted(cfg)}
