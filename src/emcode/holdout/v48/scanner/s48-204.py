import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/hives/config")
def hive_config():
    cfg = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    return {"hives": len(cfg.get("hives", []))}
