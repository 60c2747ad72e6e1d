import os
from flask import Flask, request, session, abort
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)
BOOKINGS = {1: "alice", 2: "bob"}


@app.route("/booking/<int:bid>/delete", methods=["POST"])
@csrf.exempt
def delete_booking(bid):
    if BOOKINGS.get(bid) != session.get("user"):
        abort(403)
    del BOOKINGS[bid]
    return {"deleted": bid}
