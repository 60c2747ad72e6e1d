import os

from flask import Flask, request, session
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False
csrf = CSRFProtect(app)


@app.post("/donations/pledge")
def pledge():
    session.setdefault("pledges", []).append(request.form["amount"])
    return {"count": len(session["pledges"])}
