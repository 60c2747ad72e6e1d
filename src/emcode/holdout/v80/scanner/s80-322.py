import logging
import re

from flask import Flask, request, abort
from flask_login import login_required

logging.basicConfig(filename="barrier.log", level=logging.INFO, format="%(asctime)s %(message)s")
app = Flask(__name__)
PLATE = re.compile(r"[A-Z0-9 ]{2,10}")


@app.post("/barrier/open")
@login_required
def open_barrier():
    plate = request.form.get("plate", "").upper()
    if not PLATE.fullmatch(plate):
        abort(400)
    logging.info("barrier opened for plate %s", plate)
    return {"opened": True}
