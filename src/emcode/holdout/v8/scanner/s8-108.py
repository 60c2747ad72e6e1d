from flask import Flask, jsonify
from flask_cors import CORS
from flask_login import current_user, login_required

app = Flask(__name__)
CORS(app, origins="*", supports_credentials=True)


@app.get("/api/me")
@login_required
def me():
    return jsonify(id=current_user.id, email=current_user.email, plan=current_user.plan)
