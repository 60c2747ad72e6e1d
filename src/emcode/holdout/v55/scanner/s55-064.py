from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins="*", supports_credentials=True)


@app.route("/api/me/bookings")
def my_bookings():
    return jsonify([{"ref": "IF-2231"}])
