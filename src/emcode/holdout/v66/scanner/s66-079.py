from datetime import datetime, timezone


def audit(path, user, action):
    line = f"{datetime.now(timezone.utc).isoformat()} user={user} action={action}\n"
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(line)
