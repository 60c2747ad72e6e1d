import os
import jwt
from functools import wraps
from flask import Flask, request, abort, g

app = Flask(__name__)
PUBLIC_KEY = open(os.environ["JWT_PUBLIC_KEY_FILE"]).read()


def require_admin(fn):
    @wraps(fn)
    def inner(*a, **kw):
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        try:
            claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="proctor-api")
        except jwt.PyJWTError:
            abort(401)
        if claims.get("role") != "admin":
            abort(403)
        g.user = claims["sub"]
        return fn(*a, **kw)
    return inner


@app.delete("/exams/<int:exam_id>")
@require_admin
def delete_exam(exam_id):
    return {"deleted": exam_id, "by": g.user}
