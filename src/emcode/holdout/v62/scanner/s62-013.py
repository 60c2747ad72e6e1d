from flask import Flask, jsonify, session
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]
CORS(app, origins="*", supports_credentials=True)


@app.route("/api/subscription")
def subscription():
    return jsonify(user=session.get("user"), plan="weekly-rye")
