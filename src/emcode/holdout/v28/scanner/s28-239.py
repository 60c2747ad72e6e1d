import json

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/vitals")
def vitals():
    try:
        data = json.loads(request.get_data(as_text=True))
    except ValueError:
        return jsonify({"error": "invalid