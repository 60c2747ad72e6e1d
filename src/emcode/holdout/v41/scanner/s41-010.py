from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
CORS(app, resources={r"/public/*": {"origins": "*"}}, supports_credentials=False)


@app.get("/public/solar/today")
def today():
    return jsonify({"kwh": 1532.4, "panels_online": 412})
