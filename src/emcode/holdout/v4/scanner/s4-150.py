from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
ADMIN_TOKEN = "b1946ac92492d2347c6235b4d2611184"


@app.delete("/users/{uid}")
def delete_user(uid: int, x_admin_token: str = Header("")):
    if x_admin_token != ADMIN_TOKEN:
        raise HTTPException(403)
    return {"deleted": uid}
