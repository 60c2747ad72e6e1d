import shelve
from pathlib import Path

from flask import Flask, jsonify

app = Flask(__name__)
STATE = str(Path(app.instance_path) / "counters")


@app.post("/counters/<int:screen>/tick")
def tick(screen):
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    with shelve.open(STATE) as db:
        key = f"screen-{screen}"
        db[key] = db.get(key, 0) + 1
        return jsonify(screen=screen, admissions=db[key])
