import os
from flask import Flask, session, jsonify, abort
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)


@app.route("/api/acc