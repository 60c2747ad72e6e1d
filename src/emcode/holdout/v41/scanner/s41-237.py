import logging

from flask import Flask, request
from werkzeug.security import check_password_hash

app = Flask(__name__)
audit = logging.getLogger("audit")
logging.basicConfig(filename="audit.log", level=logging.INFO, format="%(asctime)s %(message)s")
USERS = {}  # filled at startup from the staff table: username -> password hash


@app.post("/login")
def login():
    user = request.form.get("user", "")
    stored = USERS.get(user)
    ok = stored is not None and check_password_hash(stored, request.form.get("pin", ""))
    audit.info("login attempt user=%r ok=%s", user[:64], ok)
    return {"ok": ok}
