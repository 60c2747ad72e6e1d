import logging
from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("api")


@app.get("/search")
async def search(q: str, request: Request):
    ua = request.headers.get("user-agent", "")
    logger.info(f"search q={q} ua={ua}")
    return {"results": []}
