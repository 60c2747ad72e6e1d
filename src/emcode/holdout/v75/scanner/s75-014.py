from datetime import datetime


def audit(log_path, user, action, comment):
    with open(log_path, "a", encoding="utf-8") as fh:
        fh.write(f"{datetime.utcnow().isoformat()} user={user} action={action} comment={comment}\n")
