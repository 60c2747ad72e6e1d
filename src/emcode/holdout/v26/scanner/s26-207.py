import jwt
from functools import wraps
from flask import Flask, request, abort, g

app = Flask(__name__)


def require_admin(fn):
    @wraps(fn)
    def inner(*a, **kw):
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        claims = jwt.decode(token, options={"verify_signature": False})
        if claims.get("role") != "admin":
            abort(403)
        g.user = claims["sub"]
        return fn(*a, **kw)
    return inner


@app.delete("/exams/<int:exam_id>")
@require_admin
def delete_exam(exam_id):
    return {"deleted": exam_id, "by": g.user}
