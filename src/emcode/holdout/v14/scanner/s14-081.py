import os
from functools import wraps
from flask import Flask, request, abort

app = Flask(__name__)
ADMIN_KEY = os.environ["ADMIN_KEY"]


def admin_only(f):
    @wraps(f)
    def inner(*a, **kw):
        if request.headers.get("X-Admin-Key") != ADMIN_KEY:
            abort(401)
        return f(*a, **kw)
    return inner


@app.post("/admin/flush-cache")
@admin_only
def flush():
    return {"flushed": True}
