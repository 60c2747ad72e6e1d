import csv
from pathlib import Path

from flask import Flask, jsonify

app = Flask(__name__)
DATA = Path(__file__).parent / "data" / "venues.csv"


@app.route("/venues")
def venues():
    with DATA.open(newline="", encoding="utf-8") as fh:
        return jsonify(list(csv.DictReader(fh)))
