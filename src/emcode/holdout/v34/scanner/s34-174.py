import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger("standings")


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    log.exception("unhandled error on %s", request.url.path.encode("unicode_escape").decode())
    return JSONResponse({"detail": "internal server error"}, status_code=500)


@app.get("/standings/{season}")
def standings(season: int):
    if season < 2015:
        return JSONResponse({"detail": "no data before 2015"}, status_code=404)
    return {"season": season, "leader": "Night Owls"}
