import logging
from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="audit.log", level=logging.INFO, format="%(asctime)s %(message)s")
audit = logging.getLogger("audit")


@app.route("/password-reset", methods=["POST"])
def password_reset():
    who = request.form.get("username", "")
    clean = who.replace("\r", "\\r").replace("\n", "\\n")[:100]
    audit.info("password reset requested for user=%s", clean)
    return "If the account exists, an email was sent."
