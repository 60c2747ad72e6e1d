import hashlib

from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
KEY_HASHES = {"5f4dcc3b5aa765d61d8327deb882cf99": "ci-runner"}


def client_for(key: str) -> str:
    h = hashlib.new("md5")
    h.update(key.encode())
    client = KEY_HASHES.get(h.hexdigest())
    if client is None:
        raise HTTPException(401)
    return client


@app.get("/builds")
def builds(x_api_key: str = Header(...)):
    return {"client": client_for(x_api_key), "builds": []}
