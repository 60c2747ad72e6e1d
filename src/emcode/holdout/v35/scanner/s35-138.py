import structlog
from fastapi import FastAPI

structlog.configure(processors=[structlog.processors.TimeStamper(fmt="iso"), structlog.processors.JSONRenderer()])
log = structlog.get_logger()
app = FastAPI()


@app.get("/parts")
def parts(q: str = ""):
    log.info("parts_search", query=q[:100])
    return {"results": []}
