import datetime
import jwt
from fastapi import FastAPI

app = FastAPI()
JWT_KEY = "esports-bracket-signing-key"


@app.post("/token/{user}")
def token(user: str):
    exp = datetime.datetime.utcnow() + datetime.timedelta(hours=1)
    return {"token": jwt.encode({"sub": user, "exp": exp}, JWT_KEY, algorithm="HS256")}
