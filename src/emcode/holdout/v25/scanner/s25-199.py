from fastapi import FastAPI, Cookie, HTTPException
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["https://casefiles.lawfirm.example"],
                   allow_credentials=True, allow_methods=["GET", "POST"], allow_headers=["Content-Type"])
SESSIONS: dict[str, str] = {}


@app.get("/api/casefiles")
def casefiles(sid: str = Cookie(None)):
    user = SESSIONS.get(sid)
    if user is None:
        raise HTTPException(401)
    return {"user": user, "files": []}
