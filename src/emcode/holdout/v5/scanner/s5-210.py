from fastapi import FastAPI

app = FastAPI()

@app.get("/welcome")
async def welcome(username: str = ""):
    return {"greeting": f"Hi {username}"}
