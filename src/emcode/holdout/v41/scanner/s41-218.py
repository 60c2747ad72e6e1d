import logging

from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")
logging.basicConfig(filename="audit.log", level=logging.INFO, format="%(asctime)s %(message)s")


@app.post("/login")
def login():
    user = request.form.get("user", "")
    ok = user == "desk" and request.form.get("pin") == "0000"
    audit.info("login attempt user=%s ok=%s", user, ok)
    return {"ok": ok}
