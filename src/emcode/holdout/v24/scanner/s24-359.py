import structlog
from fastapi import FastAPI

structlog.configure(processors=[structlog.processors.TimeStamper(fmt="iso"), structlog.processors.JSONRenderer()])
log = structlog.get_logger()
app = FastAPI()


@app.post("/bookings")
def book(member: str, class_id: int):
    log.info("booking_created", member=member, class_id=class_id)
    return {"member": member, "class_id": class_id}
