import logging
from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("api")


def clean(value: str, limit: int = 200) -> str:
    return value.replace("\r", "").replace("\n", " ")[:limit]


@app.get("/search")
async def search(q: str, request: Request):
    logger.info("search q=%r ua=%r", clean(q), clean(request.headers.get("user-agent", "")))
    return {"results": []}
