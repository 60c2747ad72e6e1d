import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/feedback")
def feedback():
    text = request.form.get("text", "")
    log.info("feedback received: " + text)
    with open("feedback.txt", "a") as fh:
        fh.write(text.replace("\n", " ") + "\n", encoding=