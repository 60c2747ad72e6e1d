from fastapi import FastAPI, Cookie, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from .sessions import lookup_session

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


@app.get("/agent/leads")
def leads(session_id: str = Cookie(None)):
    agent = lookup_session(session_id)
    if agent is None:
        raise HTTPException(401)
    return {"agent": agent.id, "leads": agent.open_leads()}
