import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="adoptions.log", level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("adopt")


def _one_line(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")


@app.route("/hold", methods=["POST"])
def hold():
    pet = _one_line(request.form.get("pet", ""))
    who = _one_line(request.form.get("visitor", ""))
    log.info("hold placed on %r by %r", pet, who)
    return "ok"
