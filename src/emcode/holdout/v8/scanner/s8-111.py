from flask import Flask, jsonify
from flask_cors import CORS
from flask_login import current_user, login_required

app = Flask(__name__)
CORS(app, origins=["https://app.example.com", "https://admin.example.com"], supports_credentials=True)


@app.get("/api/me")
@login_required
def me():
    return jsonify(id=current_user.id, email=current_user.email)
