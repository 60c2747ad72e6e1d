import json
from datetime import datetime, timezone
from fastapi import FastAPI, Request

app = FastAPI()


@app.middleware("http")
async def audit(request: Request, call_next):
    record = {
        "ts": datetime.now(timezone.utc).isoformat(),
        "path": request.url.path,
        "ua": request.headers.get("user-agent", "-")[:300],
    }
    with open("audit.log", "a") as fh:
        fh.write(json.dumps(record) + "\n")
    return await call_next(request)
