import traceback

from flask import Flask, request

app = Flask(__name__)


@app.post("/register")
def register():
    try:
        from .registrar import enroll
        enroll(request.form["student"], request.form["section"])
        return {"ok": True}
    except Exception:
        return {"ok": False, "error": traceback.format_exc()}, 500
