import logging
from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.route("/admin/delete", methods=["POST"])
def delete_user():
    target = request.form.get("user", "")
    safe = target.replace("\n", " ").replace("\r", " ")
    audit.info("admin deleted user %s", safe)
    return {"deleted": sa