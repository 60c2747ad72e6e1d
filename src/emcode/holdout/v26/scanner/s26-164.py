import re
from fastapi import FastAPI, HTTPException

app = FastAPI()
REF = re.compile(r"[A-Z]{3}-\d{4}-[A-Z0-9]{6}")


@app.get("/bookings/{ref}")
def booking(ref: str):
    if len(ref) > 20 or not REF.fullmatch(ref):
        raise HTTPException(400, "bad booking reference")
    return {"ref": ref, "status": "confirmed"}
