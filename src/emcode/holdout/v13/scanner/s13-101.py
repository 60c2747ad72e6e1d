from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://dashboard.acme.io"], supports_credentials=True)

@app.route("/api/profile")
def profile():
    return {"name": "demo"}
