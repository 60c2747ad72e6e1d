import random

from fastapi import FastAPI

app = FastAPI()
PENDING: dict[str, str] = {}


@app.post("/otp/send")
def send_otp(phone: str):
    code = str(random.randint(100000, 999999))
    PENDING[phone] = code
    # sms.send(phone, f"Your login code is {code}")
    return {"sent": True}


@app.post("/otp/verify")
def verify_otp(phone: str, code: str):
    return {"ok": PENDING.pop(phone, None) == code}
