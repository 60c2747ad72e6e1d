import jwt
from flask import Flask, request, jsonify, abort

app = Flask(__name__)


@app.route("/me/bookings")
def my_bookings():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    claims = jwt.decode(auth[7:], options={"verify_signature": False})
    user_id = claims["sub"]
    return jsonify(user=user_id, bookings=[])
