import logging

from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("bagtrack")
logging.basicConfig(level=logging.INFO)


@app.get("/track/{tag}")
def track(tag: str, request: Request):
    logger.info(f"tracking request tag={tag} ua={request.headers.get('user-agent')}")
    return {"tag": tag, "status": "in transit"}
