import os

from flask import Flask, redirect
from flask_login import current_user, login_required
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)


@app.post("/account/delete")
@csrf.exempt
@login_required
def delete_account():
    current_user.delete()
    return redirect("/")
