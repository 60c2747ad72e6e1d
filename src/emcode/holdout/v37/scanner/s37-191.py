import logging

from flask import Flask, abort, request

app = Flask(__name__)
logging.basicConfig(filename="access.log", level=logging.INFO)


@app.post("/vault/checkout")
def checkout():
    lot = request.form.get("lot", "")
    if not lot.isdigit():
        abort(400)
    logging.info("checkout lot=%d", int(lot))
    return {"ok": True}
