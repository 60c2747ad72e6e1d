from flask import Flask

from .sensors import read_all

app = Flask(__name__)


@app.route("/status.txt")
def status_txt():
    readings = read_all()
    avg = sum(r.celsius for r in readings) / max(len(readings), 1)
    return f"{len(readings)} sensors online, average {avg:.1f} C", 200, {"Content-Type": "text/plain"}
