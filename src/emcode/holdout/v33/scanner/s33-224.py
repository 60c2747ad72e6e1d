import logging

log = logging.getLogger("lessons")


def record_completion(user_id, lesson_title, score):
    log.info("user %s completed lesson %s with score %s", user_id, lesson_title, score)
    return {"user": user_id, "lesson": lesson_title, "score": score}
