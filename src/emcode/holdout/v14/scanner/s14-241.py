import os
from flask import Flask, request

app = Flask(__name__)


def ensure_dir(path, mode=0o777):
    if not os.path.isdir(path):
        os.makedirs(path)
    os.chmod(path, mode)


@app.post("/receipts")
def receipts():
    ensure_dir("/srv/receipts")
    f = request.files["receipt"]
    f.save(os.path.join("/srv/receipts", "%d.pdf" % int(request.form["order_id"])))
    return {"ok": True}
