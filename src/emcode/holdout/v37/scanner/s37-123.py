import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="access.log", level=logging.INFO)


@app.post("/vault/checkout")
def checkout():
    who = request.form.get("curator", "")
    lot = request.form.get("lot", "")
    logging.info("checkout lot=%s curator=%s", lot, who)
    return {"ok": True}
