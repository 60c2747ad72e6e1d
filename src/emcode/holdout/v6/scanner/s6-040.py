import yaml
from flask import Flask, request

app = Flask(__name__)

@app.route("/config", methods=["PUT"])
def put_config():
    text = request.get_data(as_text=True)
    cfg = yaml.load(text, Loader=yaml.Loader)
    return {"keys": list(cfg)}
