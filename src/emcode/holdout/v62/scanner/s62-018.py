import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger("orders")


@app.exception_handler(Exception)
async def all_errors(request: Request, exc: Exception):
    log.exception("unhandled error")
    return JSONResponse(status_code=500, content={"error": "internal error"})


@app.get("/orders/{order_id}")
async def order(order_id: int):
    return {"id": order_id, "loaves": 2}
