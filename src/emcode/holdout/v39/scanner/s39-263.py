import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad
from flask import Flask, request

app = Flask(__name__)
KEY = os.environ["DOC_KEY"].encode()[:8]
DOCS = "/srv/screening/docs"


@app.post("/applicants/<int:aid>/payslip")
def upload_payslip(aid):
    blob = request.files["payslip"].read()
    cipher = DES.new(KEY, DES.MODE_ECB)
    with open(os.path.join(DOCS, f"{aid}.bin"), "wb") as fh:
        fh.write(cipher.encrypt(pad(blob, 8)))
    return {"stored": True}
