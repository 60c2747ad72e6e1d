import os
from flask import Flask, session, jsonify, abort
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)


@app.route("/api/account")
def account():
    uid = session.get("uid")
    if uid is None:
        abort(401)
    return jsonify(uid=uid, plan="pro", card_last4="4242")
