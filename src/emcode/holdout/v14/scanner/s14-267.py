import os
from flask import Flask, request

app = Flask(__name__)
RECEIPTS = "/srv/receipts"


def ensure_dir(path: str, mode: int = 0o750) -> None:
    os.makedirs(path, mode=mode, exist_ok=True)


@app.post("/receipts")
def receipts():
    ensure_dir(RECEIPTS)
    f = request.files["receipt"]
    f.save(os.path.join(RECEIPTS, "%d.pdf" % int(request.form["order_id"])))
    return {"ok": True}
