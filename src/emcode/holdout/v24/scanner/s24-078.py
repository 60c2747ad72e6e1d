from pathlib import Path
from flask import Flask, abort, Response

app = Flask(__name__)
LOG_DIR = Path("/var/log/inverter-agent")


def log_files() -> list[Path]:
    return sorted(p for p in LOG_DIR.glob("*.log") if p.is_file())


@app.route("/logs")
def index():
    return {"logs": [p.name for p in log_files()]}


@app.route("/logs/<int:idx>")
def show(idx):
    files = log_files()
    if not 0 <= idx < len(files):
        abort(404)
    return Response(files[idx].read_text(errors="replace")[-20000:], mimetype="text/plain")
