import re

from flask import Flask, request, jsonify

from .data import ALL_RECIPES

app = Flask(__name__)


@app.route("/api/recipes/find")
def find_recipes():
    needle = request.args.get("q", "")
    rx = re.compile(".*" + needle + ".*", re.I)
    return jsonify([r["title"] for r in ALL_RECIPES if rx.match(r["title"])])
