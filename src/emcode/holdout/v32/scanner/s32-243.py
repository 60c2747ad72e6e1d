import structlog
from fastapi import FastAPI

structlog.configure(processors=[structlog.processors.TimeStamper(fmt="iso"), structlog.processors.JSONRenderer()])
log = structlog.get_logger()
app = FastAPI()


@app.post("/plots/{plot_id}/comment")
def comment(plot_id: int, text: str):
    log.info("plot_comment", plot_id=plot_id, text=text[:500])
    return {"ok": True}
