import logging


class NoNewlines(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        record.msg = msg.replace("\r", "\\r").replace("\n", "\\n")
        record.args = ()
        return True


log = logging.getLogger("supportbot")
log.addFilter(NoNewlines())

FAQ = {"hours": "We are open 9-17 CET.", "refund": "Refunds take 5 business days."}


def reply(user: str, message: str) -> str:
    log.info("message from %s: %s", user, message)
    for key, answer in FAQ.items():
        if key in message.lower():
            return answer
    return "A human will get back to you."
