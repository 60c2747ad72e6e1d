import jwt
from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/volunteer/shifts")
def shifts():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    claims = jwt.decode(auth[7:], options={"verify_signature": False}, algorithms=["HS256"])
    return {"volunteer": claims["sub"], "shifts": []}
