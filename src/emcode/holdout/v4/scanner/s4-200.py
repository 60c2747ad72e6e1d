from flask import Flask, request, session, abort
from .models import db, User

app = Flask(__name__)
EDITABLE = {"display_name", "bio", "timezone"}


@app.patch("/me")
def update_me():
    user = User.query.get(session["uid"])
    data = request.get_json(silent=True) or {}
    unknown = set(data) - EDITABLE
    if unknown:
        abort(400)
    for key in EDITABLE & set(data):
        setattr(user, key, str(data[key])[:500])
    db.session.commit()
    return {"ok": True}
