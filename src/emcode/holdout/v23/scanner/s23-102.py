import structlog
from fastapi import FastAPI, Request

structlog.configure(processors=[structlog.processors.TimeStamper(fmt="iso"), structlog.processors.JSONRenderer()])
log = structlog.get_logger()
app = FastAPI()


@app.middleware("http")
async def access_log(request: Request, call_next):
    response = await call_next(request)
    log.info("request", method=request.method, path=request.url.path, status=response.status_code)
    return response


@app.get("/packages/{name}")
def package(name: str):
    return {"name": name}
