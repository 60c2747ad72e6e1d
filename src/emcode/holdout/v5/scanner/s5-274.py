import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)

@app.post("/signup")
def signup():
    data = request.get_json()
    user = str(data.get("user", "")).replace("\n", " ").replace("\r", " ")
    logger.info("new signup: user=%s (password and token not logged)", user)
    return {"ok": True}
