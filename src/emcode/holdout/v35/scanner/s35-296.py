import os

from flask import Flask, request, session
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)


@app.post("/account/delete")
@csrf.exempt
def delete_account():
    uid = session.get("uid")
    if uid is None:
        return {"error": "login required"}, 401
    # accounts.delete(uid)
    session.clear()
    return {"status": "deleted"}
