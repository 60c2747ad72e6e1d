from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
CORS(app, resources={r"/public/*": {"origins": "*"}}, supports_credentials=False)

CATALOGUE = [{"sku": "A-100", "name": "Desk lamp"}, {"sku": "B-220", "name": "Monitor arm"}]


@app.route("/public/catalogue")
def catalogue():
    return jsonify(CATALOGUE)
