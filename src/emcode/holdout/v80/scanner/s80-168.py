import logging

from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("search")


@app.get("/fridges/search")
def search(q: str, request: Request):
    logger.warning("search q=%s ua=%s" % (q, request.headers.get("user-agent")))
    return {"results": []}
