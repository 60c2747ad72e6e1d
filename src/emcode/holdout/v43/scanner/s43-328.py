import structlog
from fastapi import FastAPI

structlog.configure(processors=[structlog.processors.TimeStamper(fmt="iso"), structlog.processors.JSONRenderer()])
log = structlog.get_logger()
app = FastAPI()


@app.post("/rentals/{dock_id}")
def rent(dock_id: int, rider: str):
    log.info("rental_started", dock=dock_id, rider=rider)
    return {"dock": dock_id, "status": "unlocked"}
