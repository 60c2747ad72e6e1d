import re
from fastapi import FastAPI, HTTPException, Response

app = FastAPI()
TOKEN = re.compile(r"^[A-Za-z0-9-]{1,40}$")

@app.get("/trace")
def trace(request_id: str, response: Response):
    if not TOKEN.fullmatch(request_id):
        raise HTTPException(400, "bad request id")
    response.headers["X-Request-Id"] = request_id
    return {"ok": True}
