from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/product")
def product():
    pid = request.args.get("id", "")
    return jsonify({"error": "not found", "id": pid}), 404
