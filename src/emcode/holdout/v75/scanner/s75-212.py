import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/routes/config")
def load_config():
    cfg = yaml.load(request.get_data(as_text=True), Loader=yaml.UnsafeLoader)
    return {"routes": sorted(cfg.get("routes", {}))}
