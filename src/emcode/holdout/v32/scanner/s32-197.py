import jwt
from flask import Flask, request, jsonify, abort

app = Flask(__name__)


@app.route("/me/miles")
def my_miles():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    claims = jwt.decode(auth[7:], options={"verify_signature": False}, algorithms=["HS256"])
    return jsonify(member=claims["sub"], miles=claims.get("miles", 0))
