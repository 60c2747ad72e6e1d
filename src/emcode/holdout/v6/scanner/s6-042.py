import yaml
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/config", methods=["PUT"])
def put_config():
    try:
        cfg = yaml.safe_load(request.get_data(as_text=True))
    except yaml.YAMLError:
        abort(400)
    return {"keys": list(cfg or {})}
