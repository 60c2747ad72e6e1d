from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://dash.warehouse.example"], supports_credentials=True)


@app.route("/api/robots")
def robots():
    return jsonify([{"id": 1, "zone": "A"}, {"id": 2, "zone": "C"}])
