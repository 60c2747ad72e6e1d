import os

import jwt
from flask import Flask, abort, request

app = Flask(__name__)
JWT_KEY = os.environ["REGISTRAR_JWT_KEY"]


@app.get("/me/schedule")
def my_schedule():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, JWT_KEY, algorithms=["HS256"], audience="registrar")
    except jwt.PyJWTError:
        abort(401)
    student = claims["sub"]
    return {"student": student, "courses": load_schedule(student)}


def load_schedule(student):
    return ["CS101", "MATH201"]
