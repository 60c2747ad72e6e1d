import structlog
from fastapi import FastAPI

structlog.configure(processors=[structlog.processors.TimeStamper(fmt="iso"), structlog.processors.JSONRenderer()])
log = structlog.get_logger()
app = FastAPI()


@app.post("/checkin/{rink}")
def checkin(rink: str, member: str):
    log.info("checkin", rink=rink, member=member)
    return {"ok": True}
