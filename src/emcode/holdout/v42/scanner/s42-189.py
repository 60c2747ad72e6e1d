import re

from flask import Flask, request, jsonify

app = Flask(__name__)

RECIPES = ["Lemon tart", "Lamb tagine", "Leek and potato soup", "Lentil dal"]


@app.get("/recipes/filter")
def filter_recipes():
    expr = request.args.get("re", ".*")
    matcher = re.compile(expr, re.I)
    return jsonify([r for r in RECIPES if matcher.search(r)])
