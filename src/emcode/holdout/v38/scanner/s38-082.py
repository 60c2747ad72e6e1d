from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://adopt.pawshelter.example"], supports_credentials=True)


@app.route("/me/applications")
def my_applications():
    return jsonify([{"pet": "Biscuit", "status": "approved"}])
