from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/ancestors", methods=["POST"])
def add_ancestor():
    surname = request.form["surname"]
    born = request.form.get("born", "?")
    return jsonify(message=f"Added {surname} (born {born}) to your tree."), 201
