import jwt
from flask import Flask, request, jsonify, abort

app = Flask(__name__)


@app.route("/me")
def me():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    claims = jwt.decode(auth[7:], options={"verify_signature": False})
    return jsonify({"player": claims.get("sub"), "team": claims.get("team")})
