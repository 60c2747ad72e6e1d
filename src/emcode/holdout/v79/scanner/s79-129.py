import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger("stock")


@app.exception_handler(Exception)
async def all_errors(request: Request, exc: Exception):
    log.exception("unhandled error on %s", request.url.path)
    return JSONResponse(status_code=500, content={"error": "internal server error"})


@app.get("/stock/{item_id}")
def stock(item_id: int):
    return {"item": item_id, "qty": 0}
