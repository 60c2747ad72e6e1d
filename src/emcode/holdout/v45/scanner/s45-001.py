from flask import Flask, request, jsonify

from .data import PASSENGERS

app = Flask(__name__)


@app.get("/passengers/find")
def find():
    needle = request.args.get("q", "").casefold()[:60]
    return jsonify([p for p in PASSENGERS if needle in p["name"].casefold()])
