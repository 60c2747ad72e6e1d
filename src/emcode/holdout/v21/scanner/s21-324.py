import logging
from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("access")


def one_line(value: str, limit: int = 200) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")[:limit]


@app.post("/api/orders")
async def create_order(request: Request):
    body = await request.json()
    user = one_line(str(body.get("user", "anonymous")))
    ua = one_line(request.headers.get("user-agent", ""))
    logger.info("order created by %s ua=%s", user, ua)
    return {"status": "created"}
