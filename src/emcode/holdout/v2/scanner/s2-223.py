import os

from flask import Flask, session
from flask_wtf.csrf import CSRFProtect

from .accounts import delete_account

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)


@app.post("/account/delete")
@csrf.exempt
def delete():
    user_id = session.get("user_id")
    if user_id is None:
        return {"error": "login required"}, 401
    delete_account(user_id)
    session.clear()
    return {"deleted": True}
