import os

from cryptography.fernet import Fernet
from flask import Flask, request

app = Flask(__name__)
fernet = Fernet(os.environ["DOC_KEY"])
DOCS = "/srv/screening/docs"


@app.post("/applicants/<int:aid>/payslip")
def upload_payslip(aid):
    blob = request.files["payslip"].read()
    token = fernet.encrypt(blob)
    with open(os.path.join(DOCS, f"{aid}.bin"), "wb") as fh:
        fh.write(token)
    return {"stored": True}
