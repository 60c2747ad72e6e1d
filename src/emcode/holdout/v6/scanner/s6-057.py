import urllib.request
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

class Avatar(BaseModel):
    host: str
    user_id: int

@app.post("/avatar")
def fetch_avatar(a: Avatar):
    url = f"http://{a.host}/avatars/{a.user_id}.png"
    with urllib.request.urlopen(url) as resp:
        data = resp.read()
    return {"bytes": len(data)}
