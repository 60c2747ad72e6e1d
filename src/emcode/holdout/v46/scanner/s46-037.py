import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/schedule/config")
def upload_config():
    cfg = yaml.safe_load(request.get_data(as_text=True)) or {}
    sessions = cfg.get("sessions", []) if isinstance(cfg, dict) else []
    return {"sessions": len(sessions)}
