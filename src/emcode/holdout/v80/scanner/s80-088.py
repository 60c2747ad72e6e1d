import logging

from flask import Flask, request

logging.basicConfig(filename="barrier.log", level=logging.INFO, format="%(asctime)s %(message)s")
app = Flask(__name__)


@app.post("/barrier/open")
def open_barrier():
    plate = request.form.get("plate", "")
    logging.info("barrier opened for plate " + plate)
    return {"opened": True}
