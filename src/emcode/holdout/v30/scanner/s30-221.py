import os

import jwt
from flask import Flask, abort, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_PUBLIC_KEY"]


@app.get("/me/application")
def my_application():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, JWT_KEY, algorithms=["RS256"], audience="admissions")
    except jwt.PyJWTError:
        abort(401)
    return {"applicant_id": claims["sub"], "status": "under review"}
