import secrets

from fastapi import FastAPI

app = FastAPI()
PENDING: dict[str, str] = {}


@app.post("/otp/send")
def send_otp(phone: str):
    code = f"{secrets.randbelow(1_000_000):06d}"
    PENDING[phone] = code
    return {"sent": True}


@app.post("/otp/verify")
def verify_otp(phone: str, code: str):
    expected = PENDING.pop(phone, "")
    return {"ok": bool(expected) and secrets.compare_digest(expected, code)}
