from fastapi import FastAPI, Cookie
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


@app.get("/account")
def account(session_id: str = Cookie(None)):
    return {"session": bool(session_id)}
