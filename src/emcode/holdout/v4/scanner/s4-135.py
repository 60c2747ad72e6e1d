from fastapi import FastAPI, Request
from .orm import Session, User

app = FastAPI()


@app.post("/signup")
async def signup(req: Request):
    payload = await req.json()
    with Session() as s:
        user = User(**payload)
        s.add(user)
        s.commit()
        return {"id": user.id}
