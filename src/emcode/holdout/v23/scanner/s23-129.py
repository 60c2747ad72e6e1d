from flask import Flask, jsonify, session
from flask_cors import CORS
import os

app = Flask(__name__)
app.secret_key = os.environ["APP_SECRET"]
CORS(app, origins="*", supports_credentials=True)


@app.route("/api/payslips")
def payslips():
    return jsonify(user=session.get("user"), payslips=[])
