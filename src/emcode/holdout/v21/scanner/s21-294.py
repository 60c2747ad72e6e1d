import logging
from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("access")


@app.post("/api/orders")
async def create_order(request: Request):
    body = await request.json()
    user = body.get("user", "anonymous")
    ua = request.headers.get("user-agent", "")
    logger.info(f"order created by {user} ua={ua}")
    return {"status": "created"}
