import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="unsubscribe.log", level=logging.INFO)


@app.post("/unsubscribe")
def unsubscribe():
    email = request.form.get("email", "")
    app.logger.info("unsubscribe requested for " + email)
    # mailing_list.remove(email)
    return {"status": "ok"}
