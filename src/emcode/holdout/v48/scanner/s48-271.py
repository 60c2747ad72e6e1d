import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="dispatch.log", level=logging.INFO)


@app.post("/pickups")
def pickup():
    note = request.form.get("note", "")
    logging.info("pickup requested note=%s ua=%s", note, request.headers.get("User-Agent"))
    return {"queued": True}
