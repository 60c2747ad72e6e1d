import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def load_config():
    text = request.get_data(as_text=True)
    config = yaml.load(text, Loader=yaml.Loader)
    return {"keys": list(config)}
