import re

from flask import Flask, jsonify, request

app = Flask(__name__)
PLATE = re.compile(r"[A-Z]{2}[0-9]{2} ?[A-Z]{3}")


@app.get("/plates/check")
def check_plate():
    plate = request.args.get("plate", "").upper().strip()[:10]
    return jsonify(plate=plate, valid=PLATE.fullmatch(plate) is not None)
