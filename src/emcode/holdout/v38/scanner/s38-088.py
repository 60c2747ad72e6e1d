import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="adoptions.log", level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("adopt")


@app.route("/hold", methods=["POST"])
def hold():
    pet = request.form.get("pet", "")
    who = request.form.get("visitor", "")
    log.info("hold placed on %s by %s", pet, who)
    return "ok"
