import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/schedule/config")
def upload_config():
    cfg = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    sessions = cfg.get("sessions", [])
    return {"sessions": len(sessions)}
