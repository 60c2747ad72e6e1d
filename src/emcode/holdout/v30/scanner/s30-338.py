from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://portal.brightsmile-dental.example"], supports_credentials=True)


@app.get("/api/patients/me")
def me():
    return jsonify(name="demo", next_visit="2026-03-02")
