import datetime


def _neutral(s: str) -> str:
    return "".join(ch if ch.isprintable() else "?" for ch in s)


def audit(logfile: str, user: str, action: str) -> None:
    stamp = datetime.datetime.now(datetime.timezone.utc).isoformat()
    with open(logfile, "a") as fh:
        fh.write(f"{stamp} user={_neutral(user)} action={_neutral(action)}\n")
