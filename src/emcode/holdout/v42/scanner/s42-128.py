from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://play.esportsleague.gg", "https://admin.esportsleague.gg"],
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Content-Type", "Authorization"],
)


@app.get("/me")
def me(request: Request):
    return {"session": bool(request.cookies.get("sid"))}
