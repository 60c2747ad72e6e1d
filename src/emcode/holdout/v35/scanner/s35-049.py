import logging

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger("repairs")


@app.post("/tickets/{ticket_id}/close")
def close_ticket(ticket_id: int, reason: str = ""):
    log.info("closing ticket %d reason=%r", ticket_id, reason[:200])
    return {"closed": ticket_id, "reason_length": len(rea