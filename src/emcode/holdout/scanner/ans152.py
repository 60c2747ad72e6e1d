import logging

from fastapi import FastAPI, Request

app = FastAPI()
audit = logging.getLogger("audit")


@app.middleware("http")
async def audit_requests(request: Request, call_next):
    agent = request.headers.get("user-agent", "-")
    audit.warning(f"request {request.url.path} from agent {agent}")
    return await call_next(request)
