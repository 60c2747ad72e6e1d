import os
from flask import Flask, jsonify, session
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]
CORS(app, origins=["https://portal.tenants.example", "https://admin.tenants.example"], supports_credentials=True)


@app.get("/me")
def me():
    return jsonify(uid=session.get("uid"))
