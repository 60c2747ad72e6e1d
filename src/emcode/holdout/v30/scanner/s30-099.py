import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

log = logging.getLogger("rentals")
app = FastAPI()


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    log.exception("unhandled error on %s", request.url.path)
    return JSONResponse({"detail": "Internal server error"}, status_code=500)


@app.get("/quotes/{days}")
def quote(days: int):
    if days <= 0:
        return JSONResponse({"detail": "days must be positive"}, status_code=400)
    return {"days": days, "total": round(days * 38.5, 2)}
