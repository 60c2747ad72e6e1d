import os

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
SERVICE_KEY = os.environ["SERVICE_KEY"]


@app.middleware("http")
async def require_key(request: Request, call_next):
    if request.headers.get("x-api-key") == SERVICE_KEY:
        return await call_next(request)
    return JSONResponse({"detail": "forbidden"}, status_code=403)
