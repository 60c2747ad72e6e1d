import base64
import pickle as serializer

from fastapi import FastAPI, Request

app = FastAPI()
STATE = {}


@app.post("/sessions/{sid}/restore")
async def restore(sid: str, request: Request):
    body = await request.body()
    STATE[sid] = serializer.loads(base64.b64decode(body))
    return {"restored": sid, "keys": list(STATE[sid])[:10]}
