import logging

log = logging.getLogger("lessons")


def _one_line(value):
    return str(value).replace("\r", "\\r").replace("\n", "\\n")


def record_completion(user_id, lesson_title, score):
    log.info("user %s completed lesson %s with score %d", _one_line(user_id), _one_line(lesson_title), int(score))
    return {"user": user_id, "lesson": lesson_title, "score": score}
