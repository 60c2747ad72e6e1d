from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://planner.weddingco.example"], supports_credentials=True)


@app.get("/api/checklist")
def checklist():
    return jsonify(items=["Book venue", "Send invites", "Taste cakes"])
