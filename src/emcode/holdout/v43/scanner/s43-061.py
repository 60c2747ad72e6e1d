from flask import Flask, jsonify, session
from flask_cors import CORS
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)


@app.get("/api/checklist")
def checklist():
    return jsonify(owner=session.get("couple_id"), items=["Book venue", "Send invites", "Taste cakes"])
