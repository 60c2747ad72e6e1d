from datetime import datetime, timezone


def audit(path, actor, comment):
    safe_actor = actor.encode("unicode_escape").decode("ascii")
    safe_comment = comment.encode("unicode_escape").decode("ascii")
    line = f"{datetime.now(timezone.utc).isoformat()} {safe_actor}: {safe_comment}\n"
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(line)
