from flask import Flask, request, session
from .models import db, User

app = Flask(__name__)


@app.patch("/me")
def update_me():
    user = User.query.get(session["uid"])
    for key, value in request.get_json().items():
        setattr(user, key, value)
    db.session.commit()
    return {"ok": True}
