import shelve
from pathlib import Path

from flask import Flask, jsonify

app = Flask(__name__)
STORE = str(Path(__file__).with_name("cellar_counts"))


@app.route("/stats")
def stats():
    with shelve.open(STORE, flag="r") as db:
        return jsonify({k: db[k] for k in sorted(db.keys())})


def bump(wine_id: str, n: int = 1):
    with shelve.open(STORE) as db:
        db[wine_id] = db.get(wine_id, 0) + n
