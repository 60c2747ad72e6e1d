import logging
import re

from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger("checkout")
_CTRL = re.compile(r"[\x00-\x1f\x7f]")


def printable(value: str, limit: int = 64) -> str:
    return _CTRL.sub("?", value)[:limit]


@app.post("/checkout/coupon")
def apply_coupon():
    code = request.form.get("code", "")
    log.info("coupon attempt code=%s", printable(code))
    if code.upper() != "WELCOME10":
        return jsonify(ok=False), 400
    return jsonify(ok=True, discount=10)
