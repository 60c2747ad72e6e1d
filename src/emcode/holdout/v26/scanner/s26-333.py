import ast
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/dogs/<int:dog_id>/tags")
def set_tags(dog_id):
    raw = request.form.get("tags", "[]")
    try:
        tags = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return jsonify(error="tags must be a list literal"), 400
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        return jsonify(error="tags must be strings"), 400
    return jsonify(dog=dog_id, tags=tags[:20])
