import yaml
from flask import Flask, request

app = Flask(__name__)

@app.route("/config", methods=["PUT"])
def put_config():
    cfg = yaml.load(request.get_data(), Loader=yaml.Loader)
    return {"ok": True, "sections": len(cfg)}
