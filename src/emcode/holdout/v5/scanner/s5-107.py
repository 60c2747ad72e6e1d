import logging
from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)

@app.post("/signup")
def signup():
    data = request.get_json()
    logging.info("new signup: user=%s password=%s token=%s", data["user"], data["password"], data.get("token"))
    return {"ok": True}
