import os

from flask import Flask, request, session, redirect
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)


@app.route("/roster/remove", methods=["POST"])
def remove_member():
    if not session.get("officer"):
        return "forbidden", 403
    member_id = int(request.form["member_id"])
    # delete member_id from roster here
    return redirect("/roster")
