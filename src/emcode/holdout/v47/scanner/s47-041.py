from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
CORS(app, resources={r"/public/*": {"origins": "*"}}, supports_credentials=False)

RESULTS = [
    {"lot": 101, "title": "Amazing Spider-Man #300", "hammer": 1450},
    {"lot": 102, "title": "New Mutants #98", "hammer": 610},
]


@app.route("/public/results")
def public_results():
    return jsonify(RESULTS)
