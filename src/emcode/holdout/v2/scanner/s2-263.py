import logging

from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("visits")


@app.get("/")
def index(request: Request):
    agent = request.headers.get("user-agent", "")
    logger.info(f"visit from {request.client.host} agent={agent}")
    return {"hello": "world"}
