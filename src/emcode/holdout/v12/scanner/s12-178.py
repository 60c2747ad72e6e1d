import hashlib
import os
import secrets
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
KEY_DIGESTS = {d for d in os.environ.get("API_KEY_SHA256", "").split(",") if d}


@app.middleware("http")
async def require_key(request: Request, call_next):
    supplied = request.headers.get("x-api-key", "")
    digest = hashlib.sha256(supplied.encode()).hexdigest()
    if not any(secrets.compare_digest(digest, known) for known in KEY_DIGESTS):
        return JSONResponse({"error": "unauthorised"}, status_code=401)
    return await call_next(request)


@app.get("/usage")
async def usage():
    return {"calls": 0}
