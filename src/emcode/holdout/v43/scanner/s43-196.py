import logging

from fastapi import FastAPI, Form

app = FastAPI()
logger = logging.getLogger("frontdesk")


@app.post("/guest-pass")
def guest_pass(member_id: int = Form(...), guest_name: str = Form(...)):
    logger.info("guest pass issued by member %d for " + guest_name, member_id)
    code = f"GP-{member_id}-{len(guest_name)}"
    return {"code": code, "valid_for": "1 da