from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
CORS(app, resources={r"/api/*": {"origins": ["https://app.fleetco.com", "https://portal.fleetco.com"]}},
     supports_credentials=True)


@app.get("/api/positions")
def positions():
    return jsonify(vehicles=[])
